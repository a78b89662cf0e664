import { defineGuard } from '@shared/action/guard';
import { scoreMigrations } from './engine/score-migrations';
import { readMigrationScoreInputs, type MigrationScoreInputs } from './inputs';

export const guard = defineGuard<MigrationScoreInputs>({
  name: 'migration-score',
  readInputs: readMigrationScoreInputs,
  run: scoreMigrations,
});
