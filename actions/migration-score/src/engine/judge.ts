import type { Finding } from '@shared/findings/finding';
import type { MigrationScoreInputs } from '../inputs';
import { editedMigration, riskThreshold } from '../rules/meta-rules';
import type { MigrationAnalysis } from './analyse-migration';
import { capRisk } from './score';
import { nameOf } from './build-result';
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
    // A denial is a regressive error as the rule reported it (ban-drop-not-null's severity is an option), before fail-on-regressive.
    const denials = new Set(analysis.findings.filter((f) => f.category === 'regressive' && f.severity === 'error'));
    for (const f of analysis.findings) {
      if (f.category !== 'regressive') continue;
      if (labelled && !f.suppressed) f.suppressed = { kind: 'approval', reason: `approved by the "${inputs.allowLabel}" label on the pull request`, by: `label:${inputs.allowLabel}` };
      if (!inputs.failOnRegressive && f.severity === 'error') f.severity = 'warning';
    }
    const counted = analysis.findings.filter((f) => f.suppressed?.kind !== 'ignore');
    const contribution = (f: Finding) => Number(f.properties?.risk ?? 0);
    const risk = analysis.unscorable ? 1 : capRisk(counted.map(contribution));
    const unapprovedRisk = analysis.unscorable ? 1 : capRisk(counted.filter((f) => !f.suppressed).map(contribution));
    const regressive = counted.some((f) => denials.has(f));
    migrations.push({ analysis, risk, unapprovedRisk, regressive });
    findings.push(...analysis.findings);
  }
  // Each migration over the line is its own finding: fixing the worst must not reveal the next one a push later.
  for (const m of migrations) if (m.unapprovedRisk > inputs.maxRisk) findings.push(overThreshold(m, inputs.maxRisk));
  return {
    migrations,
    findings,
    risk: migrations.reduce((m, v) => Math.max(m, v.risk), 0),
    regressive: migrations.some((m) => m.regressive),
  };
}

/** The rules named in the threshold message; the rest are counted. The contributions themselves are in the report. */
const MAX_REASONS = 3;
/** Trace entries (annotation related locations) per threshold finding. */
const MAX_TRACE = 10;

function overThreshold(worst: MigrationVerdict, max: number): Finding {
  const { analysis } = worst;
  const behind = analysis.findings.filter((f) => !f.suppressed && (Number(f.properties?.risk ?? 0) > 0 || analysis.unscorable));
  const byRule = new Map<string, { count: number; risk: number }>();
  for (const f of behind) {
    const r = byRule.get(f.ruleId) ?? { count: 0, risk: 0 };
    byRule.set(f.ruleId, { count: r.count + 1, risk: r.risk + Number(f.properties?.risk ?? 0) });
  }
  const ranked = [...byRule].sort((a, b) => b[1].risk - a[1].risk || (a[0] < b[0] ? -1 : 1));
  const named = ranked.slice(0, MAX_REASONS).map(([id, r]) => `${id}${r.count > 1 ? ` ×${r.count}` : ''} +${r.risk.toFixed(1)}`);
  if (ranked.length > MAX_REASONS) named.push(`${ranked.length - MAX_REASONS} more rule(s)`);
  const reasons = analysis.unscorable ? 'it cannot be scored' : named.join(', ');
  return riskThreshold.report({
    messageId: 'over',
    data: { score: worst.unapprovedRisk.toFixed(2), migration: nameOf(analysis.file), max: max.toFixed(2), reasons },
    location: behind[0]?.location ?? { file: analysis.file, line: 1, column: 1 },
    trace: behind
      .filter((f) => f.location)
      .slice(0, MAX_TRACE)
      .map((f) => ({ location: f.location!, note: f.ruleId })),
    fingerprintKey: `${analysis.file}\0${max}`,
    properties: { messageId: 'over', risk: worst.unapprovedRisk, maxRisk: max },
  });
}

function edited(file: string): Finding {
  return editedMigration.report({
    messageId: 'edited',
    location: { file, line: 1, column: 1 },
    fingerprintKey: 'edited',
    properties: { messageId: 'edited' },
  });
}
