import { ConfigurationError } from '@shared/errors';
import { RULES, defaultRuleIds, ruleById } from '../rules';
import type { Rule } from '../rules/types';

const DOCS = 'https://github.com/bickford/actions/tree/main/docs/rules';

/** The defaults, with `rules` entries turning rules on (`prefer-text`) or off (`-require-lock-timeout`). */
export function enabledRules(changes: readonly string[]): Rule[] {
  const ids = new Set(defaultRuleIds());
  for (const entry of changes) {
    const off = entry.startsWith('-');
    const id = off ? entry.slice(1) : entry;
    const rule = ruleById(id);
    if (!rule) throw new ConfigurationError(`rules names ${id}, which is not a migration-score rule; the rules are listed in ${DOCS}`, DOCS);
    if (rule.category === 'meta') continue;
    if (off) ids.delete(id);
    else ids.add(id);
  }
  return RULES.filter((r) => ids.has(r.id));
}
