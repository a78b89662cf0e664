// Transpiles ledger TypeScript (and what it imports) to plain CommonJS in a folder, so that child
// processes of the concurrency tests and the benchmark run the real append code without ts-node.
// Plain JS on purpose: bench/ledger-record/run.mjs uses it too.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const REPO = path.resolve(__dirname, '..', '..', '..');

function resolveTs(fromFile, spec) {
  const base = spec.startsWith('@shared/') ? path.join(REPO, 'shared', spec.slice('@shared/'.length)) : path.resolve(path.dirname(fromFile), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
  return undefined;
}

/** Writes <outDir>/<repo-relative path>.js for each entry and its local imports; returns the entries' output paths. */
function compileLedger(entries, outDir) {
  const done = new Set();
  const queue = entries.map((e) => path.resolve(REPO, e));
  while (queue.length) {
    const file = queue.pop();
    if (done.has(file)) continue;
    done.add(file);
    const out = path.join(outDir, path.relative(REPO, file)).replace(/\.ts$/, '.js');
    const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: file,
    });
    const text = outputText.replace(/require\("([^"]+)"\)/g, (whole, spec) => {
      if (!spec.startsWith('.') && !spec.startsWith('@shared/')) return whole;
      const target = resolveTs(file, spec);
      if (!target) return whole;
      queue.push(target);
      let rel = path.relative(path.dirname(out), path.join(outDir, path.relative(REPO, target))).replace(/\.ts$/, '.js');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return `require(${JSON.stringify(rel)})`;
    });
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
  }
  return entries.map((e) => path.join(outDir, e).replace(/\.ts$/, '.js'));
}

/** Child processes resolve pg and typescript from the repository's node_modules. */
const CHILD_ENV = { NODE_PATH: path.join(REPO, 'node_modules') };

module.exports = { compileLedger, CHILD_ENV, REPO };
