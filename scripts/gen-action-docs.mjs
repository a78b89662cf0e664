#!/usr/bin/env node
// Writes each action's inputs and outputs tables into its README.md from its action.yml, between
// <!-- inputs:start --> / <!-- inputs:end --> and <!-- outputs:start --> / <!-- outputs:end -->.
//   node scripts/gen-action-docs.mjs [name...]          update (a missing README is created, missing markers appended)
//   node scripts/gen-action-docs.mjs --check [name...]  fail when a README differs from its action.yml
//   [--root <dir>] runs on another tree (tests)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';

const args = process.argv.slice(2);
const check = args.includes('--check');
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? path.resolve(args[rootAt + 1]) : path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const names = args.filter((a, i) => !a.startsWith('--') && !(rootAt >= 0 && i === rootAt + 1));

/** A table cell: one line, pipes escaped, so no description can break the table. */
const cell = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (s) => {
  const text = cell(s);
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ` ${text} ` : text}${fence}`;
};

function inputsTable(inputs) {
  const rows = Object.entries(inputs ?? {}).map(
    ([name, spec]) => `| ${code(name)} | ${cell(spec?.description)} | ${spec?.default === undefined ? '' : code(spec.default)} | ${spec?.required === true ? 'yes' : 'no'} |`,
  );
  return ['| Input | Description | Default | Required |', '|---|---|---|---|', ...rows].join('\n');
}

function outputsTable(outputs) {
  const rows = Object.entries(outputs ?? {}).map(([name, spec]) => `| ${code(name)} | ${cell(spec?.description)} |`);
  return ['| Output | Description |', '|---|---|', ...rows].join('\n');
}

function block(kind, table) {
  return `<!-- ${kind}:start -->\n<!-- generated from action.yml by scripts/gen-action-docs.mjs: edit action.yml, not this table -->\n${table}\n<!-- ${kind}:end -->`;
}

function withBlock(readme, kind, title, generated) {
  const start = `<!-- ${kind}:start -->`;
  const end = `<!-- ${kind}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end, from);
  if (from >= 0 && to > from) return `${readme.slice(0, from)}${generated}${readme.slice(to + end.length)}`;
  return `${readme.replace(/\s*$/, '')}\n\n## ${title}\n\n${generated}\n`;
}

/** The README as it should be: the given one (or a skeleton) with both blocks regenerated. */
export function expectedReadme(name, manifest, current) {
  const skeleton = `# ${manifest.name ?? name}\n\n${cell(manifest.description)}\n\n## Usage\n\n\`\`\`yaml\n- uses: bickford/${name}@v1\n\`\`\`\n`;
  const withInputs = withBlock(current ?? skeleton, 'inputs', 'Inputs', block('inputs', inputsTable(manifest.inputs)));
  return withBlock(withInputs, 'outputs', 'Outputs', block('outputs', outputsTable(manifest.outputs)));
}

const actionsDir = path.join(root, 'actions');
const all = fs.readdirSync(actionsDir).filter((n) => fs.existsSync(path.join(actionsDir, n, 'action.yml'))).sort();
const stale = [];
for (const name of names.length ? names : all) {
  const manifestFile = path.join(actionsDir, name, 'action.yml');
  if (!fs.existsSync(manifestFile)) {
    console.error(`actions/${name}/action.yml does not exist`);
    process.exitCode = 1;
    continue;
  }
  const readmeFile = path.join(actionsDir, name, 'README.md');
  const current = fs.existsSync(readmeFile) ? fs.readFileSync(readmeFile, 'utf8') : undefined;
  const expected = expectedReadme(name, parseYaml(fs.readFileSync(manifestFile, 'utf8')) ?? {}, current);
  if (expected === current) continue;
  if (check) stale.push(`actions/${name}/README.md${current === undefined ? ' (missing)' : ''}`);
  else {
    fs.writeFileSync(readmeFile, expected);
    console.log(`${current === undefined ? 'created' : 'updated'} actions/${name}/README.md`);
  }
}
if (stale.length) {
  console.error(`README tables differ from action.yml (run node scripts/gen-action-docs.mjs and commit):\n  ${stale.join('\n  ')}`);
  process.exitCode = 1;
}
