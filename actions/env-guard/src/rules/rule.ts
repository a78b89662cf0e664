import type { Severity } from '@shared/findings/finding';

/** A rule's metadata, declared before its check. The docs page is `docs/rules/<id>.md`, derived from the id. */
export interface EnvRuleMeta {
  id: string;
  severity: Severity;
  /** One line for the rule list and SARIF. */
  description: string;
  /** The safe alternative, shown with every finding. */
  help: string;
}
