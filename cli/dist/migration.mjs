// ES module entry of cli/src/lib/migration.ts: the CommonJS bundle beside it, re-exported by name.
import lib from './migration.js';

export const { analyzeMigration, gateMigrationRegression, gateMigrationRisk } = lib;
