import { defineGuard } from '@shared/action/guard';
import { scoreMigrations } from './engine/score-migrations';
import { readMigrationScoreInputs, type MigrationScoreInputs } from './inputs';

export const guard = defineGuard<MigrationScoreInputs>({
  name: 'migration-score',
  readInputs: readMigrationScoreInputs,
  // `paths` and `all` name the files themselves; otherwise the PR's change set is what gets scored.
  changeSet: { needed: (inputs) => inputs.paths.length === 0 && !inputs.all },
  dataPaths: ['migrations.*.file'],
  run: scoreMigrations,
});
