#!/usr/bin/env node
// Writes a new rule's scaffold, after squawk's `cargo xtask new-rule`: the rule file (metadata in the one rule
// model, shared/rules/define-rule.ts), its test table, its docs page in its guard's page format, and the entry in
// the guard's rules/index.ts. What is left is the rule's logic and real examples: the written test table and the
// docs page's ❌ example fail until the rule reports, so a scaffold cannot pass as done.
//
//   node scripts/new-rule.mjs <guard> <id> [--severity error|warning|notice] [--description "..."] [--root <dir>]
//
// --root writes into another copy of the repository (the generator's own test uses a temporary one).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const SEVERITIES = ['error', 'warning', 'notice'];

function usage(message) {
  process.stderr.write(`${message}\nusage: node scripts/new-rule.mjs <${Object.keys(GUARDS).join('|')}> <rule-id> [--severity error|warning|notice] [--description "..."] [--root <dir>]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const positional = [];
  const flags = { severity: 'warning', description: undefined, root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--severity' || a === '--description' || a === '--root') {
      if (argv[i + 1] === undefined) usage(`${a} needs a value`);
      flags[a.slice(2)] = argv[++i];
    } else if (a.startsWith('--')) usage(`unknown flag ${a}`);
    else positional.push(a);
  }
  if (positional.length !== 2) usage('expected a guard and a rule id');
  return { guard: positional[0], id: positional[1], ...flags };
}

const camel = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Adds the import after the last import line and the rule at the end of the index's rule list. */
export function addToIndex(text, name, id) {
  const lines = text.split('\n');
  const lastImport = lines.reduce((at, l, i) => (/^import .* from '.+';$/.test(l) ? i : at), -1);
  const open = lines.findIndex((l) => /^(export )?const (RULES|ALL)\b[^=]*= (Object\.freeze\()?\[$/.test(l));
  const close = open < 0 ? -1 : lines.findIndex((l, i) => i > open && /^\]/.test(l));
  if (lastImport < 0 || close < 0) throw new Error('the rules/index.ts has no import list or no multi-line rule list to add to');
  lines.splice(close, 0, `  ${name},`);
  lines.splice(lastImport + 1, 0, `import { ${name} } from './${id}';`);
  return lines.join('\n');
}

function migrationRule({ id, name, severity, description, messageId }) {
  return `import { defineRule } from './types';

export const ${name} = defineRule({
  id: ${quote(id)},
  guard: 'migration-score',
  severity: ${quote(severity)},
  category: 'style',
  description: ${quote(description)},
  messages: { ${messageId}: 'TODO: what this finding says, with {{table}} filled from the report data.' },
  risk: {},
  // Off until its examples and table pass; turn it on when it is quiet on real histories.
  defaultEnabled: false,
  help: 'TODO: the safe alternative.',
  check(ctx) {
    // TODO: read ctx.statement (ctx.node('AlterTableStmt'), ctx.schema) and report, e.g.
    // ctx.report({ messageId: '${messageId}', data: { table }, near: /pattern/i });
    void ctx;
  },
});
`;
}

function migrationTable({ id, name, messageId }) {
  return `import { ruleTester } from '../testing/rule-tester';
import { ${name} } from './${id}';

const history = 'CREATE TABLE "User" ("id" TEXT NOT NULL, "name" TEXT);';

// TODO: real cases. The invalid case fails until ${name}.check reports it.
ruleTester(${name}, {
  valid: [{ code: 'ALTER TABLE "User" ADD COLUMN "bio" TEXT;', history }],
  invalid: [{ code: 'ALTER TABLE "User" DROP COLUMN "name";', history, errors: [{ messageId: '${messageId}', line: 1, column: 1 }] }],
});
`;
}

function treeRule({ id, name, guard, severity, description, category }) {
  return `import type { Finding, Location } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';

export const ${name} = defineRule({
  id: ${quote(id)},
  guard: ${quote(guard)},
  severity: ${quote(severity)},
${category ? `  category: ${quote(category)},\n` : ''}  description: ${quote(description)},
  help: 'TODO: the safe alternative.',
});

/** TODO: call this from the check that finds it; the key names what the finding is about, never a line number. */
export function ${name}Finding(subject: string, location: Location): Finding {
  return ${name}.report({ message: \`TODO: what is wrong with \${subject}\`, location, fingerprintKey: subject });
}
`;
}

const treeTable = (runner, run, { id, name }) => `import { ruleTable } from '../../../test/harness/rule-table';
import { ${name} } from '../src/rules/${id}';
${runner}

// TODO: real trees. The invalid case fails until the guard reports ${id}.
ruleTable(${name}, ${run}, {
  valid: [{ name: 'TODO: a repository that is fine', files: { 'package.json': '{ "name": "ok", "private": true }' } }],
  invalid: [{ name: 'TODO: a repository with the mistake', files: { 'package.json': '{ "name": "bad", "private": true }' }, errors: [{ file: 'package.json', line: 1, column: 1 }] }],
});
`;
const prismaTable = (o) => treeTable("import { runEngine } from './harness';", '(root) => runEngine(root)', o);
const envTable = (o) => treeTable("import { runOn } from './engine-context';", '(root) => runOn(root)', o);
const edgeTable = (o) => treeTable("import { runOn } from './engine-context';", '(root) => runOn(root)', o).replace("'../src/rules/", "'../rules/").replace("'../../../test/harness/", "'../../../../test/harness/");

const SECTIONS = (bad, good, options) => `## Problem

TODO: what goes wrong, for whom, and when.

## Solution

TODO: the safe alternative.

## ❌ Incorrect

${bad}

## ✅ Correct

${good}

## Options

${options}

## When not to use it

TODO
`;

function migrationPage({ id, description }) {
  return `# ${id}

> ${description} — category: **style**, guard: migration-score.

${SECTIONS('```sql\n-- TODO: SQL this rule reports\n```', '```sql\n-- TODO: the safe SQL\n```', `Off by default: turn it on with \`rules: ${id}\`. Turn it off again with \`rules: -${id}\`.`)}`;
}

function prismaPage({ id, description }) {
  return `# ${id}: ${description.replace(/\.$/, '')}

Guard: prisma-guard.

${SECTIONS('```prisma title="prisma/schema.prisma"\n// TODO: a schema this rule reports\n```', '```prisma title="prisma/schema.prisma"\n// TODO: the fixed schema\n```', 'None.')}`;
}

function envPage({ id, severity }) {
  return `# ${id}

**Guard:** env-guard · **Severity:** ${severity}

${SECTIONS('```ts apps/web/src/todo.ts\n// TODO: code this rule reports\n```', '```ts apps/web/src/todo.ts\n// TODO: the fixed code\n```', 'None.')}`;
}

function edgePage({ id, description }) {
  return `# ${id}: ${description.replace(/\.$/, '')}

Guard: edge-guard. Severity: see the rule's file (\`actions/edge-guard/src/rules/${id}.ts\`).

${SECTIONS('```ts\n// file: app/api/todo/route.ts\n// TODO: edge code this rule reports\nexport const runtime = \'edge\';\n```', '```ts\n// file: app/api/todo/route.ts\n// TODO: the fixed code\nexport const runtime = \'edge\';\n```', 'None.')}`;
}

function ledgerPage({ id, description }) {
  return `# ${id}

> ${description.replace(/\.$/, '')} — guard: ledger-record.

${SECTIONS('TODO: the event and ledger state that report it.', 'TODO: the same event once the ledger is right.', 'None.')}`;
}

/** Where each guard keeps its rules, tests and docs, and which prefix its ids carry. */
const GUARDS = {
  'migration-score': { prefix: '', category: 'style', rule: migrationRule, table: migrationTable, page: migrationPage, test: (id) => `actions/migration-score/src/rules/${id}.test.ts` },
  'prisma-guard': { prefix: 'prisma-', rule: treeRule, table: prismaTable, page: prismaPage, test: (id) => `actions/prisma-guard/test/${id}.test.ts` },
  'env-guard': { prefix: 'env-', rule: treeRule, table: envTable, page: envPage, test: (id) => `actions/env-guard/test/${id}.test.ts` },
  'edge-guard': { prefix: 'edge-', category: 'runtime', rule: treeRule, table: edgeTable, page: edgePage, test: (id) => `actions/edge-guard/src/__tests__/${id}.test.ts` },
  // Its findings come from the ledger's events against PostgreSQL: its tests (test/events.test.ts) hold no table.
  'ledger-record': { prefix: 'ledger-', rule: treeRule, table: undefined, page: ledgerPage, test: () => undefined },
};

function main() {
  const args = parseArgs(process.argv.slice(2));
  const spec = GUARDS[args.guard];
  if (!spec) usage(`unknown guard ${args.guard}`);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(args.id)) usage(`${args.id} is not a kebab-case rule id of two words or more`);
  if (spec.prefix && !args.id.startsWith(spec.prefix)) usage(`${args.guard} rule ids start with ${spec.prefix} (the docs link is derived from the id, and ids are unique across guards)`);
  if (!SEVERITIES.includes(args.severity)) usage(`--severity must be one of ${SEVERITIES.join(', ')}`);
  const root = path.resolve(args.root);
  const rulesDir = path.join(root, 'actions', args.guard, 'src', 'rules');
  const indexFile = path.join(rulesDir, 'index.ts');
  if (!fs.existsSync(indexFile)) usage(`${path.relative(root, indexFile)} does not exist under ${root}`);
  const o = {
    id: args.id,
    guard: args.guard,
    name: camel(args.id),
    messageId: camel(args.id.slice(spec.prefix.length)),
    severity: args.severity,
    category: spec.category,
    description: args.description ?? `TODO: one sentence on what ${args.id} catches.`,
  };
  const writes = [
    [path.join(rulesDir, `${args.id}.ts`), spec.rule(o)],
    [path.join(root, 'docs', 'rules', `${args.id}.md`), spec.page(o)],
    ...(spec.table ? [[path.join(root, spec.test(args.id)), spec.table(o)]] : []),
  ];
  for (const [file] of writes) if (fs.existsSync(file)) usage(`${path.relative(root, file)} exists already: ${args.id} is taken`);
  const index = fs.readFileSync(indexFile, 'utf8');
  if (new RegExp(`from '\\./${args.id}'`).test(index)) usage(`${args.id} is listed in ${path.relative(root, indexFile)} already`);
  const nextIndex = addToIndex(index, o.name, args.id);
  for (const [file, text] of writes) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  fs.writeFileSync(indexFile, nextIndex);
  const written = [...writes.map(([f]) => f), indexFile].map((f) => `  ${path.relative(root, f)}`);
  process.stdout.write(
    `${args.id}: wrote\n${written.join('\n')}\nNext: write its logic and real cases, then regenerate the lists (UPDATE_GOLDEN=1 npx jest test/docs/rules-index.test.ts test/adoption/known-rules.test.ts).\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
