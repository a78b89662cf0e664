import { defineGuard } from '@shared/action/guard';
import { scoreMigrations } from './engine/score-migrations';
import { readMigrationScoreInputs, type MigrationScoreInputs } from './inputs';

export const guard = defineGuard<MigrationScoreInputs>({
  name: 'migration-score',
  readInputs: readMigrationScoreInputs,
  // `paths` and `all` name the files themselves; otherwise the PR's change set is what gets scored.
  // An edited migration is scored against its text at the base (what databases applied): on the API path, a clone
  // without the base fetches that text beforehand.
  changeSet: { needed: (inputs) => inputs.paths.length === 0 && !inputs.all, needsBaseContent: (path) => path.endsWith('.sql') },
  dataPaths: ['migrations.*.file'],
  run: scoreMigrations,
});
