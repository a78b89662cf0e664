// Writes one oracle case as a Next app: its files, a package.json depending on the Next version under test,
// a next.config that skips type checking (the oracle is about bundling), and copies of the packages it installs.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function writeCase(c, dir, { nextVersion, repoNodeModules, buildArgs = ['build'] }) {
  const files = { ...c.files };
  const manifest = files['package.json'] ? JSON.parse(files['package.json']) : { name: `oracle-${c.name}`, private: true };
  manifest.dependencies = { ...(manifest.dependencies ?? {}), next: nextVersion, react: '19.3.1', 'react-dom': '19.3.1' };
  for (const p of c.install ?? []) manifest.dependencies[p] = '*';
  // How the app builds (`next build --webpack` on Next 16): edge-guard reads it as a user's repository would say it.
  manifest.scripts = { ...(manifest.scripts ?? {}), build: `next ${buildArgs.filter((a) => a !== '--no-lint').join(' ')}` };
  files['package.json'] = `${JSON.stringify(manifest, null, 2)}\n`;
  // Turbopack refuses a `next` outside its root: the root is the farm folder holding node_modules (two levels up).
  files['next.config.js'] ??=
    "const path = require('node:path');\nconst root = path.resolve(__dirname, '../..');\n" +
    'module.exports = { typescript: { ignoreBuildErrors: true }, turbopack: { root }, outputFileTracingRoot: root };\n';
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  for (const p of c.install ?? []) fs.cpSync(path.join(repoNodeModules, p), path.join(dir, 'node_modules', p), { recursive: true, dereference: true });
}

module.exports = { writeCase };
