import { createFinding, type Finding } from '@shared/findings/finding';
import type { MigrationScoreInputs } from '../inputs';
import { RULES } from '../rules';
import { editedMigration, riskThreshold } from '../rules/meta-rules';
import type { MigrationAnalysis } from './analyse-migration';
import { interpolate } from './run-rules';
import { capRisk } from './score';
import type { Selection } from './select-files';

export interface MigrationVerdict {
  analysis: MigrationAnalysis;
  /** The migration's risk, approved findings included: what the change does. */
  risk: number;
  /** The risk of what nobody approved: what max-risk gates. */
  unapprovedRisk: number;
  regressive: boolean;
}

export interface Judgement {
  migrations: MigrationVerdict[];
  findings: Finding[];
  risk: number;
  regressive: boolean;
}

/** Approvals by label, fail-on-regressive, each migration's score, and the max-risk gate. */
export function judge(analyses: readonly MigrationAnalysis[], selection: Selection, inputs: MigrationScoreInputs, labels: readonly string[]): Judgement {
  const labelled = labels.includes(inputs.allowLabel);
  const migrations: MigrationVerdict[] = [];
  const findings: Finding[] = [];
  for (const analysis of analyses) {
    if (selection.edited.has(analysis.file)) analysis.findings.push(edited(analysis.file));
    for (const f of analysis.findings) {
      if (f.category !== 'regressive') continue;
      if (labelled && !f.suppressed) f.suppressed = { kind: 'approval', reason: `approved by the "${inputs.allowLabel}" label on the pull request`, by: `label:${inputs.allowLabel}` };
      if (!inputs.failOnRegressive && f.severity === 'error') f.severity = 'warning';
    }
    const counted = analysis.findings.filter((f) => f.suppressed?.kind !== 'ignore');
    const contribution = (f: Finding) => Number(f.properties?.risk ?? 0);
    const risk = analysis.unscorable ? 1 : capRisk(counted.map(contribution));
    const unapprovedRisk = analysis.unscorable ? 1 : capRisk(counted.filter((f) => !f.suppressed).map(contribution));
    const regressive = counted.some((f) => f.category === 'regressive' && RULES.get(f.ruleId)?.meta.severity === 'error');
    migrations.push({ analysis, risk, unapprovedRisk, regressive });
    findings.push(...analysis.findings);
  }
  const worst = [...migrations].sort((a, b) => b.unapprovedRisk - a.unapprovedRisk)[0];
  if (worst && worst.unapprovedRisk > inputs.maxRisk) findings.push(overThreshold(worst, inputs.maxRisk));
  return {
    migrations,
    findings,
    risk: migrations.reduce((m, v) => Math.max(m, v.risk), 0),
    regressive: migrations.some((m) => m.regressive),
  };
}

function overThreshold(worst: MigrationVerdict, max: number): Finding {
  const { analysis } = worst;
  const behind = analysis.findings.filter((f) => !f.suppressed && (Number(f.properties?.risk ?? 0) > 0 || analysis.unscorable));
  const reasons = analysis.unscorable ? 'it cannot be scored' : behind.map((f) => `${f.ruleId} +${Number(f.properties?.risk).toFixed(1)}`).join(', ');
  return createFinding({
    ruleId: riskThreshold.meta.id,
    severity: riskThreshold.meta.severity,
    category: 'meta',
    message: interpolate(riskThreshold.meta.messages.over, { score: worst.unapprovedRisk.toFixed(2), migration: analysis.file, max: max.toFixed(2), reasons }),
    location: behind[0]?.location ?? { file: analysis.file, line: 1, column: 1 },
    trace: behind.filter((f) => f.location).map((f) => ({ location: f.location!, note: `${f.ruleId}: ${f.message}` })),
    help: riskThreshold.meta.help,
    fingerprintKey: `${analysis.file}\0${max}`,
    properties: { messageId: 'over', risk: worst.unapprovedRisk, maxRisk: max },
  });
}

function edited(file: string): Finding {
  return createFinding({
    ruleId: editedMigration.meta.id,
    severity: editedMigration.meta.severity,
    category: 'meta',
    message: editedMigration.meta.messages.edited,
    location: { file, line: 1, column: 1 },
    help: editedMigration.meta.help,
    fingerprintKey: 'edited',
    properties: { messageId: 'edited' },
  });
}
