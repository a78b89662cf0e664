#!/usr/bin/env node
// Generates shared/config/bickford.schema.json (the .bickford.yml schema) from the actions' action.yml
// inputs, so the config file and the actions cannot drift. `--check` fails when the committed file differs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const GUARDS = ['migration-score', 'edge-guard', 'prisma-guard', 'ledger-record', 'env-guard'];
// Inputs that only make sense for one step, never in a shared file.
const STEP_ONLY = new Set(['github-token', 'config', 'working-directory']);
const VALUE = {
  anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: ['string', 'number'] } }],
};

export function buildSchema() {
  const properties = {};
  for (const guard of GUARDS) {
    const file = path.join(root, 'actions', guard, 'action.yml');
    if (!fs.existsSync(file)) continue;
    const inputs = parse(fs.readFileSync(file, 'utf8')).inputs ?? {};
    const props = {};
    for (const [name, spec] of Object.entries(inputs).sort(([a], [b]) => a.localeCompare(b))) {
      if (STEP_ONLY.has(name)) continue;
      props[name] = { description: String(spec.description ?? '').trim(), ...VALUE };
    }
    properties[guard] = { type: 'object', additionalProperties: false, properties: props };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/bickford/actions/blob/main/shared/config/bickford.schema.json',
    title: '.bickford.yml',
    description: 'Bickford configuration: one section per guard, keyed by the action input names. Inputs given in the workflow override it.',
    type: ['object', 'null'],
    additionalProperties: false,
    properties,
  };
}

const out = path.join(root, 'shared', 'config', 'bickford.schema.json');
const text = `${JSON.stringify(buildSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) {
    console.error('shared/config/bickford.schema.json is out of date: run node scripts/gen-config-schema.mjs');
    process.exit(1);
  }
} else {
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(root, out)}`);
}
