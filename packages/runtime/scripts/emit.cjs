// Compiles src/ twice with the TypeScript API: CommonJS for Node (dist/node) and ES modules for the edge
// (dist/edge), plus declarations (dist/types). Returns the files instead of writing them, so the test that
// checks the committed dist is current uses the very same code as the build.
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');

function baseOptions() {
  const file = path.join(root, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, file);
}

// Node's ES module loader (and a strict edge bundler) needs the extension on relative specifiers; the sources
// leave it off so the repository's CommonJS test transpile resolves them too.
function addJsExtensions(code) {
  return code.replace(/(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+?)(?<!\.js)\2/g, '$1$2$3.js$2');
}

const TARGETS = [
  { dir: 'node', module: ts.ModuleKind.CommonJS, declaration: false, packageType: 'commonjs' },
  { dir: 'edge', module: ts.ModuleKind.ES2022, declaration: true, packageType: 'module' },
];

/** @returns {Map<string, string>} dist-relative path -> content */
function emitRuntime() {
  const parsed = baseOptions();
  const out = new Map();
  for (const target of TARGETS) {
    const options = { ...parsed.options, module: target.module, moduleResolution: ts.ModuleResolutionKind.Bundler, declaration: target.declaration, outDir: path.join(root, 'dist', target.dir), noEmit: false };
    if (target.declaration) options.declarationDir = path.join(root, 'dist', 'types');
    // CommonJS output cannot use Bundler resolution; the sources import only relative files, so Node10 is exact.
    if (target.module === ts.ModuleKind.CommonJS) Object.assign(options, { moduleResolution: ts.ModuleResolutionKind.Node10, ignoreDeprecations: '6.0' });
    const program = ts.createProgram(parsed.fileNames, options);
    const diagnostics = ts.getPreEmitDiagnostics(program);
    if (diagnostics.length > 0) throw new Error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
    program.emit(undefined, (file, text) => {
      const rel = path.relative(path.join(root, 'dist'), file).split(path.sep).join('/');
      out.set(rel, target.packageType === 'module' ? addJsExtensions(text) : text);
    });
    out.set(`${target.dir}/package.json`, `{\n  "type": "${target.packageType}"\n}\n`);
  }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

module.exports = { emitRuntime, addJsExtensions, distDir: path.join(root, 'dist') };
