import type { Finding, Location } from '@shared/findings/finding';
import type { PrismaDiscovery, ProjectProblem } from '@shared/prisma';
import { configThrows } from '../rules/prisma-config-throws';
import { configUnreadable } from '../rules/prisma-config-unreadable';
import { missingSchema, noSchema } from '../rules/prisma-schema-missing';
import { migrationsMissing } from '../rules/prisma-migrations-missing';
import { strayFolder } from '../rules/prisma-stray-schema';

const FINDING_OF: Record<ProjectProblem['kind'], (message: string, location?: Location) => Finding> = {
  'config-throws': configThrows,
  'config-unreadable': configUnreadable,
  'config-parse': configThrows,
  'schema-missing': missingSchema,
  'migrations-missing': migrationsMissing,
};

/** Strays, missing schemas and configs that throw, as findings at their files: one walk of the repository yields all four rules. */
export function discoveryFindings(discovery: PrismaDiscovery): Finding[] {
  const problems = [...discovery.problems, ...discovery.projects.flatMap((p) => p.problems)];
  const findings = problems.map((p) => FINDING_OF[p.kind](p.message, p.location));
  const byFolder = new Map<string, string[]>();
  for (const file of discovery.strays) byFolder.set(folderOf(file), [...(byFolder.get(folderOf(file)) ?? []), file]);
  const canonical = discovery.projects.map((p) => p.schemaPath);
  for (const [folder, files] of byFolder) findings.push(strayFolder(folder, files, canonical, discovery.copies.filter((c) => c === folder || files.includes(c))));
  const threw = problems.some((p) => p.kind === 'config-throws' || p.kind === 'schema-missing');
  if (discovery.projects.length === 0 && !threw) findings.push(noSchema(discovery.looked));
  return findings;
}

function folderOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '.' : file.slice(0, i);
}
