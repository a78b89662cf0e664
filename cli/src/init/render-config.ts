import { BICKFORD_VERSION } from '@shared/version';
import type { Discovery } from './discover';

const list = (items: string[], max = 8) => (items.length > max ? [...items.slice(0, max), `… ${items.length - max} more`] : items).join(', ');

/**
 * `.bickford.yml` as init writes it: what it found, as comments, and the one value worth fixing in place (the
 * schemas prisma-guard checks, so a schema added later is reported as a stray rather than silently taken up).
 * Everything else keeps the guards' own discovery, which is what the baseline was taken with.
 */
export function renderConfig(d: Discovery, guards: readonly string[]): string {
  const lines = [
    `# Written by \`bickford init\` (Bickford ${BICKFORD_VERSION}) from what it found in this repository. Every input of`,
    '# every guard can be set here, one section per guard: https://github.com/bickford/actions#configuration',
  ];
  if (guards.includes('prisma-guard')) {
    lines.push('prisma-guard:');
    for (const p of d.projects) lines.push(`  # ${p.schemaPath}: migrations in ${p.migrationsDir}${p.migrations ? ` (${p.migrations})` : ' (none: prisma db push?)'}; ${p.clientCommitted ? 'the generated client is committed' : 'the client is generated in CI'}`);
    lines.push('  schemas:', ...d.projects.map((p) => `    - ${p.schemaPath}`));
  }
  if (guards.includes('migration-score')) {
    const withMigrations = d.projects.filter((p) => p.migrations > 0);
    lines.push('migration-score:');
    lines.push(withMigrations.length ? `  # Scores what a pull request adds to ${list(withMigrations.map((p) => p.migrationsDir))}.` : '  # No migrations folder yet: nothing to score until the first `prisma migrate dev`.');
    lines.push('  max-risk: 0.5');
  }
  lines.push('edge-guard:');
  lines.push(d.edgeEntries.length ? `  # Edge entries: ${list(d.edgeEntries.map((e) => e.file))}.` : '  # No edge code yet (no middleware, no route with `runtime = \'edge\'`): nothing to check.');
  lines.push('  fail-on: error');
  lines.push('env-guard:');
  lines.push(d.turboJson ? `  # Env reads are compared with what ${d.turboJson} declares.` : '  # No turbo.json: nothing to check.');
  lines.push('  fail-on: error');
  return `${lines.join('\n')}\n`;
}
