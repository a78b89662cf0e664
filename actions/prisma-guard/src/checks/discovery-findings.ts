import type { Finding } from '@shared/findings/finding';
import type { PrismaDiscovery, ProjectProblem } from '@shared/prisma';
import { finding } from '../report';
import type { RuleId } from '../rules';

const RULE_OF: Record<ProjectProblem['kind'], RuleId> = {
  'config-throws': 'prisma-config-throws',
  'config-unreadable': 'prisma-config-unreadable',
  'config-parse': 'prisma-config-throws',
  'schema-missing': 'prisma-schema-missing',
};

/** Strays, missing schemas and configs that throw, as findings at their files. */
export function discoveryFindings(discovery: PrismaDiscovery): Finding[] {
  const problems = [...discovery.problems, ...discovery.projects.flatMap((p) => p.problems)];
  const findings = problems.map((p) => finding({ ruleId: RULE_OF[p.kind], message: p.message, location: p.location, fingerprintKey: p.message }));
  for (const stray of discovery.strays) {
    findings.push(finding({ ruleId: 'prisma-stray-schema', message: `${stray} is a Prisma schema that no package loads; a package that generates from it gets a client that disagrees with the real schema`, location: { file: stray, line: 1, column: 1 }, fingerprintKey: stray }));
  }
  const threw = problems.some((p) => p.kind === 'config-throws' || p.kind === 'schema-missing');
  if (discovery.projects.length === 0 && !threw) {
    const where = [...new Set(discovery.looked)].slice(0, 12).join(', ');
    findings.push(finding({ ruleId: 'prisma-schema-missing', message: `no Prisma schema found; looked for prisma.config.ts \`schema\`, package.json \`prisma.schema\`, then ${where}` }));
  }
  return findings;
}
