import * as fs from 'node:fs';
import * as path from 'node:path';

/** Rewrites golden files instead of comparing with them: `UPDATE_GOLDEN=1 npx jest <test file>`. */
export const updatingGolden = (env: NodeJS.ProcessEnv = process.env): boolean => env.UPDATE_GOLDEN === '1';

/**
 * Compares `actual` with the golden file, or writes it when UPDATE_GOLDEN=1. A missing golden file is a
 * failure, not a new baseline: a file deleted by mistake (or never committed) would otherwise be re-created
 * from whatever the code prints today, and the test would pass on output nobody has read.
 */
export function checkGolden(file: string, actual: string, env: NodeJS.ProcessEnv = process.env): { ok: true } | { ok: false; message: string } {
  const shown = path.relative(process.cwd(), file) || file;
  const how = `Run \`UPDATE_GOLDEN=1 npx jest ${path.relative(process.cwd(), testPathHint()) || '<test file>'}\` to write it, then read the diff before committing.`;
  if (updatingGolden(env)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return { ok: true };
  }
  if (!fs.existsSync(file)) return { ok: false, message: `The golden file ${shown} is missing. ${how}` };
  const expected = fs.readFileSync(file, 'utf8');
  if (expected === actual) return { ok: true };
  return { ok: false, message: `The output differs from the golden file ${shown} (first difference at line ${firstDifferentLine(expected, actual)}). If the change is meant, ${how[0].toLowerCase()}${how.slice(1)}` };
}

/** `checkGolden` as a jest assertion: throws the message on a mismatch, then shows the diff. */
export function expectGolden(file: string, actual: string): void {
  const result = checkGolden(file, actual);
  if (!result.ok) {
    if (fs.existsSync(file)) {
      // The diff jest prints, with the way to update above it.
      try {
        expect(actual).toBe(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        (e as Error).message = `${result.message}\n\n${(e as Error).message}`;
        throw e;
      }
    }
    throw new Error(result.message);
  }
}

function firstDifferentLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}

/** The test file that is running, for the update command (jest's `expect.getState().testPath`). */
function testPathHint(): string {
  try {
    return (expect.getState() as { testPath?: string }).testPath ?? '';
  } catch {
    return '';
  }
}
