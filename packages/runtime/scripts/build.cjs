#!/usr/bin/env node
// Writes dist/ from src/ (see emit.cjs). Run: node packages/runtime/scripts/build.cjs
const fs = require('node:fs');
const path = require('node:path');
const { emitRuntime, distDir } = require('./emit.cjs');

const files = emitRuntime();
fs.rmSync(distDir, { recursive: true, force: true });
for (const [rel, text] of files) {
  const file = path.join(distDir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
process.stdout.write(`@bickford/runtime: wrote ${files.size} files to ${path.relative(process.cwd(), distDir) || '.'}\n`);
