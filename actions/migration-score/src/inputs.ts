import type { InputReader } from '@shared/config/input-reader';
import { enabledRules } from './engine/enabled-rules';

export interface MigrationScoreInputs {
  /** Globs of migration files to score instead of the PR's changes. */
  paths: string[];
  /** Score every migration in every migrations folder. */
  all: boolean;
  pgVersion: number;
  maxRisk: number;
  failOnRegressive: boolean;
  allowLabel: string;
  /** Rule ids to turn on (`prefer-text`) or off (`-require-lock-timeout`) relative to the defaults. */
  rules: string[];
  /** `connection`: the role or connection sets lock_timeout (require-lock-timeout stays quiet). */
  lockTimeout: 'migration' | 'connection';
  /** How DROP NOT NULL (the usual expand step) is reported. */
  dropNotNull: 'warning' | 'error';
}

export const DEFAULTS = { pgVersion: 15, maxRisk: 0.5, failOnRegressive: true, allowLabel: 'migration-approved', lockTimeout: 'migration', dropNotNull: 'warning' } as const;

export function readMigrationScoreInputs(reader: InputReader): MigrationScoreInputs {
  const rules = reader.list('rules');
  enabledRules(rules); // fails now, naming the input, rather than after the files are read
  return {
    paths: reader.list('paths'),
    all: reader.boolean('all', false),
    pgVersion: reader.number('pg-version', DEFAULTS.pgVersion, { min: 9, max: 19, integer: true }),
    maxRisk: reader.number('max-risk', DEFAULTS.maxRisk, { min: 0, max: 1 }),
    failOnRegressive: reader.boolean('fail-on-regressive', DEFAULTS.failOnRegressive),
    allowLabel: reader.string('allow-label', DEFAULTS.allowLabel) ?? DEFAULTS.allowLabel,
    rules,
    lockTimeout: reader.oneOf('lock-timeout', ['migration', 'connection'] as const, DEFAULTS.lockTimeout),
    dropNotNull: reader.oneOf('drop-not-null', ['warning', 'error'] as const, DEFAULTS.dropNotNull),
  };
}
