import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Finding } from '@shared/findings/finding';
import type { GuardName } from '@shared/findings/result';
import { MemoryLogger } from '@shared/logger';
import type { JsonReport } from '@shared/reporters/json';
import { GUARDS } from '../../cli/src/guards';
import { runGuard } from '../../cli/src/run-guard';

export const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

/** Runs one guard as `bickford <guard> <dir> --format json` does, in this process (the sources, not the bundle). */
export async function runInProcess(guard: GuardName, dir: string, options: { base?: string; inputs?: Record<string, string> } = {}): Promise<{ code: number; report: JsonReport; log: string[] }> {
  const logger = new MemoryLogger();
  let out = '';
  const code = await runGuard(GUARDS[guard], { command: guard, dir, base: options.base, format: 'json', color: false, verbose: false, labels: [], inputs: { ...options.inputs } }, logger, (s) => (out += s));
  return { code, report: JSON.parse(out) as JsonReport, log: logger.lines };
}

/** A copy of the example monorepo in a temp folder (without its git history). */
export function copyExamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-adoption-'));
  fs.cpSync(EXAMPLES, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) && !src.endsWith(`${path.sep}.bickford`) });
  return dir;
}

export const active = (findings: readonly Finding[]) => findings.filter((f) => !f.suppressed);
export const where = (f: Finding) => `${f.ruleId} ${f.location?.file ?? '-'}`;
