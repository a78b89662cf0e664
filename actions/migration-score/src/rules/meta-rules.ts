import { defineMetaRule } from './types';

/** Rules the engine reports itself. They live in one file because none has a check of its own. */
export const syntaxError = defineMetaRule({
  id: 'syntax-error',
  guard: 'migration-score',
  severity: 'error',
  description: 'The migration does not parse as PostgreSQL, so it cannot be scored: it counts as risk 1.0.',
  messages: { syntax: 'PostgreSQL cannot parse this migration: {{message}}. It cannot be scored, so it counts as risk 1.0.' },
  risk: {},
  help: 'Fix the SQL (run it against a scratch database with `prisma migrate dev`), or split out the statement the parser stops at.',
});

export const unreadableMigration = defineMetaRule({
  id: 'unreadable-migration',
  guard: 'migration-score',
  severity: 'error',
  description: 'The file is not UTF-8 SQL text (binary, another encoding, too large), so it cannot be scored: it counts as risk 1.0.',
  messages: {
    tooLarge: 'This migration is {{detail}}; it is not parsed, so it counts as risk 1.0.',
    binary: 'This file is binary ({{detail}}), not SQL; it counts as risk 1.0.',
    notUtf8: 'This file is not UTF-8 ({{detail}}); PostgreSQL and Prisma read migrations as UTF-8. It counts as risk 1.0.',
    unreadable: 'This migration cannot be read: {{detail}}. It counts as risk 1.0.',
  },
  risk: {},
  help: 'Save the migration as UTF-8 text. Load large data with a script or COPY outside the migration.',
});

export const emptyMigration = defineMetaRule({
  id: 'empty-migration',
  guard: 'migration-score',
  severity: 'warning',
  description: 'The migration has no statement: usually a `--create-only` migration that was never filled in.',
  messages: { empty: 'This migration has no SQL statement; Prisma will record it as applied without changing anything.' },
  risk: {},
  help: 'Write the intended SQL, or delete the migration folder if it is not needed.',
});

export const invalidSuppression = defineMetaRule({
  id: 'invalid-suppression',
  guard: 'migration-score',
  severity: 'warning',
  description: 'A bickford-ignore or bickford-approve comment without a reason, naming an unknown rule, or matching nothing.',
  messages: {
    missingReason: '`{{comment}}` has no reason; write `-- bickford-{{kind}} <rule>: <reason>`. It is not applied.',
    unknownRule: '`{{comment}}` names {{rule}}, which is not a migration-score rule. It is not applied.',
    noRule: '`{{comment}}` names no rule; write `-- bickford-{{kind}} <rule>: <reason>`. It is not applied.',
    unused: '`{{comment}}` matches no finding of {{rule}}; remove it so it cannot hide a later one.',
  },
  risk: {},
  help: 'Write `-- bickford-ignore <rule>: <reason>` (or bickford-approve) on the line before the statement, with a rule id from docs/rules.',
});

export const notAnalysed = defineMetaRule({
  id: 'not-analysed',
  guard: 'migration-score',
  severity: 'notice',
  description: 'A statement whose body the rules cannot see into (a DO block, a function, DML inside a WITH query): it is run as written, unchecked.',
  messages: {
    doBlock: 'This DO block runs code the rules cannot see into: it is not analysed. Read it yourself, or write its statements as plain SQL.',
    function: 'The body of {{name}} is not analysed: what it does when called is not checked.',
    cte: 'The {{kind}} inside this WITH query is not analysed: only top-level statements are checked.',
  },
  risk: {},
  help: 'Write data and schema changes as top-level statements, where the rules check them; keep procedural code for what plain SQL cannot do.',
});

export const riskThreshold = defineMetaRule({
  id: 'risk-threshold',
  guard: 'migration-score',
  severity: 'error',
  description: "A migration's risk score exceeds max-risk, counting what is not approved: one finding per migration over it.",
  messages: { over: 'Risk {{score}} of {{migration}} exceeds max-risk {{max}} ({{reasons}}); the report lists every contribution.' },
  risk: {},
  help: 'Split the risky steps into separate releases (expand, backfill, contract), approve regressive steps that are intended, or raise max-risk for this repository.',
});

export const editedMigration = defineMetaRule({
  id: 'edited-migration',
  guard: 'migration-score',
  severity: 'error',
  description: 'The pull request edits a migration that already exists on the base branch: databases that applied it will never run the edit.',
  messages: {
    edited: 'This migration already exists on the base branch and is edited here: databases that applied it keep the old version, and `prisma migrate deploy` neither re-runs it nor warns (only `prisma migrate dev` notices the checksum). The other migrations are judged against the base version.',
  },
  risk: {},
  help: 'Leave applied migrations as they are and add a new migration with the change.',
});
