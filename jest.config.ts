import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared', '<rootDir>/actions', '<rootDir>/cli', '<rootDir>/packages', '<rootDir>/test', '<rootDir>/scripts'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/fixtures/', '/__fixtures__/'],
  transform: {
    // Type checking is `npm run typecheck`; tests only transpile, which keeps 2-core machines fast.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, ignoreDeprecations: '6.0' } }],
  },
  moduleNameMapper: {
    '^@shared/(.*)$': '<rootDir>/shared/$1',
    '^@bickford/runtime$': '<rootDir>/packages/runtime/src/index.ts',
    '^@bickford/runtime/(.*)$': '<rootDir>/packages/runtime/src/$1',
  },
  reporters: ['default', '<rootDir>/test/plain-summary-reporter.cjs'],
  testTimeout: 120_000,
  maxWorkers: 2,
};

export default config;
