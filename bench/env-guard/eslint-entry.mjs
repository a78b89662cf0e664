// Runs eslint with eslint-plugin-turbo's no-undeclared-env-vars (and only that rule) on the corpus.
import { ESLint } from 'eslint';
import turbo from 'eslint-plugin-turbo';
import tsParser from '@typescript-eslint/parser';

const root = process.argv[2];
const started = performance.now();
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: { parser: tsParser },
      plugins: { turbo },
      rules: { 'turbo/no-undeclared-env-vars': ['error', { cwd: root }] },
    },
  ],
});
const results = await eslint.lintFiles(['packages/**/*.ts']);
const found = results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId === 'turbo/no-undeclared-env-vars').length, 0);
const fatal = results.reduce((n, r) => n + r.messages.filter((m) => m.fatal).length, 0);
process.stdout.write(`${JSON.stringify({ found, fatal, innerMs: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS })}\n`);
