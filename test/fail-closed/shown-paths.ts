import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeMarkdown } from '../../shared/reporters/escape';
import type { DistRun } from '../harness/run-dist';

export type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A guard-root path as the summary shows it: [what stands before, the path, what follows, code or Markdown text]. */
export type Shown = [before: string, file: string, after: string, kind: 'code' | 'text'];

export interface PathExpectations {
  /** The paths in the JSON report's `data`. */
  dataFiles: (data: Data) => string[];
  summaryHas: Shown[];
}

/**
 * Issue 12: with `working-directory` a subfolder, the JSON's data and sections and the job summary name files as
 * the repository does (`monorepo/...`): every data path exists from the repository root, and no summary place
 * shows the guard-root form.
 */
export function expectRepoPaths(run: DistRun, action: string, repoDir: string, prefix: string, e: PathExpectations): void {
  const report = JSON.parse(fs.readFileSync(path.join(run.tempDir, 'runner-temp', `bickford-${action}.json`), 'utf8'));
  const files = e.dataFiles(report.data);
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect([f, fs.existsSync(path.join(repoDir, f))]).toEqual([f, true]);
  // Markdown text escapes its punctuation (`flags\.ts`); code spans and blocks show the path as written.
  const shown = ([before, file, after, kind]: Shown, at: string) => (kind === 'text' ? `${before}${escapeMarkdown(`${at}${file}`)}${after}` : `${before}${at}${file}${after}`);
  for (const s of e.summaryHas) {
    expect(run.summary).toContain(shown(s, prefix));
    if (prefix) expect(run.summary).not.toContain(shown(s, ''));
  }
  // The JSON carries the same sections, unescaped.
  const sections = JSON.stringify(report.sections);
  for (const [, file] of e.summaryHas) expect(sections).toContain(`${prefix}${file}`);
}
