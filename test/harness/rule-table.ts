import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Finding, Severity } from '../../shared/findings/finding';
import type { AnyRule } from '../../shared/rules/define-rule';

/** A repository as files: path → text. */
export type Tree = Record<string, string>;

export interface TreeCase {
  /** Names the case in the test title. */
  name: string;
  files: Tree;
}

export interface InvalidTreeCase extends TreeCase {
  errors: { file: string; line: number; column: number; severity?: Severity }[];
}

/** Writes the tree into a fresh temp directory, runs `fn` on it and removes it. */
export async function withTree<T>(files: Tree, fn: (root: string) => Promise<T>): Promise<T> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-table-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    return await fn(root);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/**
 * A rule's test table for guards that read a repository (prisma-guard, env-guard, edge-guard), after
 * migration-score's ruleTester: `valid` trees report nothing of the rule, `invalid` trees report it exactly at the
 * listed places. `run` is the guard's engine on a directory.
 */
export function ruleTable(rule: AnyRule, run: (root: string) => Promise<{ findings: Finding[] }>, cases: { valid: TreeCase[]; invalid: InvalidTreeCase[] }): void {
  const found = (files: Tree) => withTree(files, async (root) => (await run(root)).findings.filter((f) => f.ruleId === rule.id));
  describe(rule.id, () => {
    for (const c of cases.valid) {
      it(`does not report: ${c.name}`, async () => {
        expect((await found(c.files)).map((f) => f.location)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`reports: ${c.name}`, async () => {
        const findings = await found(c.files);
        // A case that names a severity checks it too (rules whose severity depends on the repository).
        expect(
          findings.map((f, i) => ({ file: f.location?.file, line: f.location?.line, column: f.location?.column, ...(c.errors[i]?.severity ? { severity: f.severity } : {}) })),
        ).toEqual(c.errors);
      });
    }
  });
}
