import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The two judges of a SARIF file: the OASIS SARIF 2.1.0 JSON schema (as @microsoft/jest-sarif ships it) and
 * Microsoft's SARIF Multitool with GitHub's ingestion rules (`validate --rule-kind "Gh;Sarif"`).
 */
import AjvDraft04 from 'ajv-draft-04';

// The schema is draft-04 (its `id`s included), hence Ajv's draft-04 build.
const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
let validate: ReturnType<AjvDraft04['compile']> | undefined;

/** What the OASIS schema refuses in a SARIF log (empty when valid). */
export function schemaErrors(log: unknown): string[] {
  validate ??= new AjvDraft04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
}

const MULTITOOL = path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));

export interface MultitoolFinding {
  file: string;
  ruleId: string;
  level: string;
  message: string;
}

/** Every error and warning the Multitool reports for these files (notes are advice, not refusals). */
export function multitoolFindings(files: string[]): MultitoolFinding[] {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-multitool-')), 'validation.sarif');
  try {
    execFileSync(path.join(MULTITOOL, 'Sarif.Multitool'), ['validate', '--rule-kind', 'Gh;Sarif', '-o', out, ...files], {
      stdio: 'pipe',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
  } catch (e) {
    // It exits 1 when it found errors; the log says which.
    if (!fs.existsSync(out)) throw e;
  }
  const log = JSON.parse(fs.readFileSync(out, 'utf8'));
  const rules = log.runs[0].tool.driver.rules ?? [];
  return (log.runs[0].results ?? [])
    .filter((r: { level?: string }) => r.level === 'error' || r.level === 'warning' || r.level === undefined)
    .map((r: any) => ({
      file: r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '',
      ruleId: r.ruleId,
      level: r.level ?? 'warning',
      message: r.message?.text ?? `${r.message?.id}: ${JSON.stringify(r.message?.arguments ?? [])} ${rules.find((x: { id: string }) => x.id === r.ruleId)?.name ?? ''}`,
    }));
}
