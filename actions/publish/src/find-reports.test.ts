import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findReports } from './find-reports';

function tree(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-find-'));
  for (const rel of files) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), '{}');
  }
  return dir;
}

describe('findReports', () => {
  it('reads every json file under a directory', () => {
    const dir = tree(['out/a/r1.json', 'out/b/r2.json', 'out/notes.txt']);
    expect(findReports(dir, 'out').files).toEqual(['out/a/r1.json', 'out/b/r2.json']);
  });

  it('takes a glob as well as a directory', () => {
    const dir = tree(['out/a/r1.json', 'out/b/r2.json']);
    expect(findReports(dir, 'out/b/*.json').files).toEqual(['out/b/r2.json']);
  });

  it('never follows a symbolic link out of the artifact', () => {
    const dir = tree(['out/r1.json']);
    const secret = tree(['secret.json']);
    fs.symlinkSync(path.join(secret, 'secret.json'), path.join(dir, 'out', 'link.json'));
    fs.symlinkSync(secret, path.join(dir, 'out', 'linked-dir'));
    const found = findReports(dir, 'out');
    expect(found.files).toEqual(['out/r1.json']);
    expect(found.skipped.map((s) => s.file).sort()).toEqual(['out/link.json', 'out/linked-dir/secret.json']);
  });

  it('refuses a path outside the workspace', () => {
    expect(() => findReports(tree([]), '../elsewhere')).toThrow(/inside the workspace/);
  });

  it('caps the number of report files', () => {
    const dir = tree(Array.from({ length: 25 }, (_, i) => `out/r${String(i).padStart(2, '0')}.json`));
    const found = findReports(dir, 'out');
    expect([found.files.length, found.skipped.length]).toEqual([20, 5]);
  });
});
