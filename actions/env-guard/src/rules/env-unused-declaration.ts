import { createFinding, type Finding, type Location } from '@shared/findings/finding';
import type { EnvRuleMeta } from './rule';

export const meta: EnvRuleMeta = {
  id: 'env-unused-declaration',
  severity: 'notice',
  description: 'A variable declared in turbo.json is read by no source file of the packages it applies to.',
  help: 'Remove the declaration if nothing needs it: every declared variable is part of the cache key, so a stale one causes needless misses. Keep it if a tool outside the sources (a CLI, a config file) reads it.',
};

export function unusedDeclaration(name: string, list: string, task: string | undefined, location: Location): Finding {
  const where = task ? `the \`${list}\` of task \`${task}\`` : `\`${list}\``;
  return createFinding({
    ruleId: meta.id,
    severity: meta.severity,
    message: `${name} is declared in ${where} but no source file it applies to reads it`,
    location,
    help: meta.help,
    fingerprintKey: `${task ?? ''}\0${list}\0${name}`,
    properties: { variable: name, list, ...(task ? { task } : {}) },
  });
}
