import type { Finding, Location } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';

export const envUnusedDeclaration = defineRule({
  id: 'env-unused-declaration',
  guard: 'env-guard',
  severity: 'notice',
  description: 'A variable declared in turbo.json is read by no source file of the packages it applies to.',
  help: 'Remove the declaration if nothing needs it: every declared variable is part of the cache key, so a stale one causes needless misses. Keep it if a tool outside the sources (a CLI, a config file) reads it.',
});

export function unusedDeclaration(name: string, list: string, task: string | undefined, location: Location): Finding {
  const where = task ? `the \`${list}\` of task \`${task}\`` : `\`${list}\``;
  return envUnusedDeclaration.report({
    message: `${name} is declared in ${where} but no source file it applies to reads it`,
    location,
    fingerprintKey: `${task ?? ''}\0${list}\0${name}`,
    properties: { variable: name, list, ...(task ? { task } : {}) },
  });
}
