"use strict";
exports.id = 278;
exports.ids = [278];
exports.modules = {

/***/ 1278:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findPrismaProjects: function() { return /* binding */ findPrismaProjects; }
});

// UNUSED EXPORTS: CONFIG_NAMES, DEFAULT_SCHEMAS, isGenerated, makeProject

// EXTERNAL MODULE: ./shared/io/repo-fs.ts
var repo_fs = __webpack_require__(9023);
;// CONCATENATED MODULE: ./shared/prisma/typescript.ts
/**
 * The TypeScript compiler, required on first use: evaluating it costs ~200 ms, and only a prisma.config.ts
 * or a module that constructs a PrismaClient needs parsing. Import the types with `import type ts`.
 */
function typescript() {
    return __webpack_require__(5116);
}

// EXTERNAL MODULE: ./shared/findings/positions.ts
var positions = __webpack_require__(5933);
;// CONCATENATED MODULE: ./shared/prisma/read-config.ts


/** Stands for the config file's own directory (`__dirname`, `import.meta.dirname`) until paths are resolved. */
const CONFIG_DIR = '\u0000CONFIG_DIR';
/**
 * Reads prisma.config.ts without running it: Bickford must not execute repository code to find a schema,
 * and running it would need the repository's `prisma/config` installed. It follows what configs are
 * written with in practice (literals, `path.join(__dirname, …)`, `env('X')`, `process.env.X ?? 'y'`,
 * top-level consts); anything else becomes an `unknown` value that the caller reports at its location.
 * https://www.prisma.io/docs/orm/reference/prisma-config-reference
 */
function readPrismaConfig(file, text) {
    const ts = typescript();
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const lines = new positions/* LineIndex */.r(text);
    const loc = (node) => lines.locationOfChars(file, node.getStart(source), node.getEnd());
    const envNames = new Set(); // local names bound to prisma's env()
    const consts = new Map();
    let loadsDotenv = false;
    let root;
    for (const stmt of source.statements) {
        if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier)) {
            const from = stmt.moduleSpecifier.text;
            if (from === 'dotenv/config' || from === 'dotenv/config.js')
                loadsDotenv = true;
            const bindings = stmt.importClause?.namedBindings;
            if ((from === 'prisma/config' || from === '@prisma/config') && bindings && ts.isNamedImports(bindings)) {
                for (const el of bindings.elements)
                    if ((el.propertyName ?? el.name).text === 'env')
                        envNames.add(el.name.text);
            }
        }
        else if (ts.isVariableStatement(stmt)) {
            for (const d of stmt.declarationList.declarations)
                if (ts.isIdentifier(d.name) && d.initializer)
                    consts.set(d.name.text, d.initializer);
        }
        else if (ts.isExportAssignment(stmt)) {
            root = configObject(stmt.expression, consts);
        }
        if (/\bdotenv\b[\s\S]*\.config\(|loadEnvFile\(/.test(stmt.getText(source)) && !ts.isImportDeclaration(stmt))
            loadsDotenv = true;
    }
    const envCalls = [];
    const visit = (node) => {
        if (ts.isFunctionLike(node))
            return; // bodies run later, if ever: not at load
        const name = envCallName(node, envNames);
        if (name !== undefined)
            envCalls.push({ name, location: loc(node) });
        ts.forEachChild(node, visit);
    };
    visit(source);
    const evaluate = (expr, depth = 0) => {
        const location = loc(expr);
        const unknown = { kind: 'unknown', text: expr.getText(source), location };
        if (depth > 20)
            return unknown;
        const e = skipWrappers(expr);
        if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))
            return { kind: 'literal', value: e.text, location };
        const envName = envCallName(e, envNames);
        if (envName !== undefined)
            return { kind: 'env', name: envName, location };
        if (isDirname(e))
            return { kind: 'literal', value: CONFIG_DIR, location };
        if (ts.isIdentifier(e) && consts.has(e.text))
            return { ...evaluate(consts.get(e.text), depth + 1), location };
        const processEnv = processEnvName(e);
        if (processEnv !== undefined)
            return { kind: 'env', name: processEnv, location };
        if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
            const left = evaluate(e.left, depth + 1);
            const right = evaluate(e.right, depth + 1);
            if (left.kind === 'env' && right.kind === 'literal')
                return { ...left, fallback: right.value, location };
        }
        if (ts.isCallExpression(e) && isPathCall(e.expression)) {
            const parts = e.arguments.map((a) => evaluate(a, depth + 1));
            if (parts.every((p) => p.kind === 'literal'))
                return { kind: 'literal', value: joinPosix(parts.map((p) => p.value)), location };
        }
        return unknown;
    };
    const info = { file, envCalls, loadsDotenv };
    if (!root)
        return info;
    const schema = property(root, 'schema');
    if (schema)
        info.schema = evaluate(schema);
    const migrations = objectAt(root, 'migrations', consts);
    const migrationsPath = migrations && property(migrations, 'path');
    if (migrationsPath)
        info.migrationsPath = evaluate(migrationsPath);
    const datasource = objectAt(root, 'datasource', consts);
    const url = datasource && property(datasource, 'url');
    if (url)
        info.datasourceUrl = evaluate(url);
    const shadow = datasource && property(datasource, 'shadowDatabaseUrl');
    if (shadow)
        info.shadowDatabaseUrl = evaluate(shadow);
    return info;
}
function skipWrappers(e) {
    const ts = typescript();
    while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e))
        e = e.expression;
    return e;
}
/** `defineConfig({...})`, `{...} satisfies PrismaConfig`, or a const holding either. */
function configObject(expr, consts) {
    const ts = typescript();
    const e = skipWrappers(expr);
    if (ts.isObjectLiteralExpression(e))
        return e;
    if (ts.isCallExpression(e) && e.arguments[0])
        return configObject(e.arguments[0], consts);
    if (ts.isIdentifier(e) && consts.has(e.text))
        return configObject(consts.get(e.text), consts);
    return undefined;
}
function property(obj, name) {
    const ts = typescript();
    for (const p of obj.properties) {
        if (ts.isPropertyAssignment(p) && propName(p.name) === name)
            return p.initializer;
        if (ts.isShorthandPropertyAssignment(p) && p.name.text === name)
            return p.name;
    }
    return undefined;
}
function objectAt(obj, name, consts) {
    const value = property(obj, name);
    return value ? configObject(value, consts) : undefined;
}
function propName(name) {
    const ts = typescript();
    return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}
function envCallName(node, envNames) {
    const ts = typescript();
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || !envNames.has(node.expression.text))
        return undefined;
    const arg = node.arguments[0];
    return arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : undefined;
}
function processEnvName(e) {
    const ts = typescript();
    const isProcessEnv = (x) => ts.isPropertyAccessExpression(x) && x.name.text === 'env' && ts.isIdentifier(x.expression) && x.expression.text === 'process';
    if (ts.isPropertyAccessExpression(e) && isProcessEnv(e.expression))
        return e.name.text;
    if (ts.isElementAccessExpression(e) && isProcessEnv(e.expression) && ts.isStringLiteral(e.argumentExpression))
        return e.argumentExpression.text;
    return undefined;
}
function isDirname(e) {
    const ts = typescript();
    if (ts.isIdentifier(e))
        return e.text === '__dirname';
    return ts.isPropertyAccessExpression(e) && e.name.text === 'dirname' && ts.isMetaProperty(e.expression);
}
function isPathCall(callee) {
    const ts = typescript();
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
    return name === 'join' || name === 'resolve';
}
function joinPosix(parts) {
    const start = parts.map((p) => p.replace(/\\/g, '/')).lastIndexOf(CONFIG_DIR);
    return (start >= 0 ? parts.slice(start) : parts).map((p) => p.replace(/\\/g, '/')).filter((p) => p !== '').join('/');
}

;// CONCATENATED MODULE: ./shared/prisma/config-env.ts
/**
 * The variables prisma.config.ts would see: the job's environment, plus the package's .env when the
 * config loads dotenv (Prisma 7 no longer loads .env itself; dotenv never overrides a set variable).
 */
function configEnv(fs, config, env) {
    if (!config.loadsDotenv)
        return env;
    const dir = config.file.includes('/') ? config.file.slice(0, config.file.lastIndexOf('/')) : '.';
    const file = dir === '.' ? '.env' : `${dir}/.env`;
    if (!fs.isFile(file))
        return env;
    return { ...parseDotenv(fs.readText(file)), ...definedOnly(env) };
}
/** The KEY=value lines of a .env file, quotes removed; enough for the values Prisma configs read. */
function parseDotenv(text) {
    const out = {};
    for (const raw of text.split(/\r?\n/)) {
        const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(raw);
        if (!m)
            continue;
        let value = m[2];
        const q = value[0];
        if ((q === '"' || q === "'" || q === '`') && value.endsWith(q) && value.length >= 2)
            value = value.slice(1, -1);
        else
            value = value.replace(/\s+#.*$/, '');
        out[m[1]] = value;
    }
    return out;
}
function definedOnly(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/** The string a config value stands for in this environment, or undefined when it cannot be known. */
function config_env_valueOf(value, env) {
    if (!value)
        return undefined;
    if (value.kind === 'literal')
        return value.value;
    if (value.kind === 'env')
        return env[value.name] || value.fallback;
    return undefined;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./shared/prisma/paths.ts


/** Parent directory of a repository-relative path, `.` at the top. */
function dirOf(rel) {
    const d = external_node_path_.posix.dirname(rel);
    return d === '' ? '.' : d;
}
/** Joins repository-relative segments, normalised, `.` for the root. */
function joinRel(...parts) {
    const j = external_node_path_.posix.normalize(external_node_path_.posix.join(...parts));
    return j === '' || j === './' ? '.' : j.replace(/\/$/, '');
}
/**
 * A path written in a config file, made repository-relative. Prisma resolves config paths against the
 * config file's directory; `__dirname` (CONFIG_DIR) is that directory too.
 */
function resolveFrom(baseDir, written) {
    const rest = written.startsWith(CONFIG_DIR) ? written.slice(CONFIG_DIR.length).replace(/^\//, '') : written;
    return joinRel(baseDir, rest || '.');
}
/** Whether a resolved path stays inside the repository. */
function insideRepo(rel) {
    return rel !== '..' && !rel.startsWith('../') && !external_node_path_.posix.isAbsolute(rel);
}

;// CONCATENATED MODULE: ./shared/prisma/find-projects.ts




/** Config file names Prisma 7 loads from the working directory, in its order. */
const CONFIG_NAMES = ['prisma.config.ts', 'prisma.config.mts', 'prisma.config.cts', 'prisma.config.js', 'prisma.config.mjs', 'prisma.config.cjs'];
/** Prisma's default schema locations, relative to the package (prisma/build `getSchemaWithPath`). */
const DEFAULT_SCHEMAS = ['prisma/schema.prisma', 'schema.prisma'];
/** Folders whose .prisma files are copies (generated clients, build output), never sources. */
const GENERATED_SEGMENTS = new Set(['node_modules', '.prisma', 'generated', 'dist', 'build', '.next', '.turbo', 'out']);
/**
 * Finds every package with a Prisma schema the way Prisma itself would from that package's directory:
 * prisma.config.ts `schema`, then package.json `prisma.schema`, then prisma/schema.prisma and schema.prisma.
 * Problems are returned as data; nothing here throws for a user's mistake.
 */
function findPrismaProjects(fs, options = {}) {
    const dirs = new Set(['.']);
    for (const f of fs.glob(['**/package.json', ...CONFIG_NAMES.map((n) => `**/${n}`)], { ignore: options.ignore }))
        if (!isGenerated(f))
            dirs.add(dirOf(f));
    const looked = [];
    const problems = [];
    const bySchema = new Map();
    for (const dir of [...dirs].sort()) {
        const project = discoverPackage(fs, dir, options.env, looked, problems);
        if (project && !bySchema.has(project.schemaPath))
            bySchema.set(project.schemaPath, project);
    }
    let projects = [...bySchema.values()];
    if (options.schemas && options.schemas.length > 0)
        projects = canonicalOnly(fs, projects, options.schemas, problems);
    const loaded = new Set(projects.flatMap((p) => p.schemaFiles));
    const strays = fs.glob('**/*.prisma', { ignore: options.ignore }).filter((f) => !loaded.has(f) && !isGenerated(f));
    return { projects, strays, problems, looked };
}
function isGenerated(rel) {
    return rel.split('/').some((seg) => GENERATED_SEGMENTS.has(seg));
}
function discoverPackage(fs, dir, env, looked, problems) {
    const configFile = CONFIG_NAMES.map((n) => joinRel(dir, n)).find((f) => fs.isFile(f));
    const own = [];
    let config;
    let written;
    if (configFile) {
        config = readConfig(fs, configFile, own);
        if (config)
            written = schemaFromConfig(fs, config, env, own);
    }
    if (!written)
        written = schemaFromPackageJson(fs, dir, own);
    let schemaPath;
    let source = 'default';
    if (written) {
        schemaPath = written.path;
        source = written.source;
        looked.push(schemaPath);
        if (!fs.exists(schemaPath)) {
            own.push({ kind: 'schema-missing', message: `${source === 'package.json' ? `${dir}/package.json` : configFile} names the schema ${schemaPath}, which does not exist` });
            schemaPath = undefined;
        }
    }
    else {
        for (const candidate of DEFAULT_SCHEMAS.map((s) => joinRel(dir, s))) {
            looked.push(candidate);
            if (fs.isFile(candidate)) {
                schemaPath = candidate;
                break;
            }
        }
    }
    if (!schemaPath) {
        if (configFile)
            problems.push(...own);
        return undefined;
    }
    return makeProject(fs, { packageDir: dir, configFile, config, schemaSource: source, schemaPath, problems: own, env });
}
function makeProject(fs, seed) {
    const isFolder = fs.isDirectory(seed.schemaPath);
    const schemaFiles = isFolder ? fs.glob('**/*.prisma', { cwd: seed.schemaPath }).filter((f) => !isGenerated(f.slice(seed.schemaPath.length + 1))) : [seed.schemaPath];
    const schemaRootDir = isFolder ? seed.schemaPath : dirOf(seed.schemaPath);
    let migrationsDir = joinRel(schemaRootDir, 'migrations');
    let fromConfig = false;
    const configured = seed.config && config_env_valueOf(seed.config.migrationsPath, envFor(fs, seed.config, seed.env));
    if (seed.config?.migrationsPath?.kind === 'unknown') {
        seed.problems.push({ kind: 'config-unreadable', message: `cannot read migrations.path in ${seed.config.file} without running it (${seed.config.migrationsPath.text}); assuming ${migrationsDir}`, location: seed.config.migrationsPath.location });
    }
    else if (configured !== undefined) {
        migrationsDir = resolveFrom(dirOf(seed.config.file), configured);
        fromConfig = true;
    }
    const { env: _env, ...rest } = seed;
    return { ...rest, schemaKind: isFolder ? 'folder' : 'file', schemaFiles, schemaRootDir, migrationsDir, migrationsDirFromConfig: fromConfig };
}
function envFor(fs, config, env) {
    return env ? configEnv(fs, config, env) : {};
}
function readConfig(fs, file, problems) {
    try {
        return readPrismaConfig(file, fs.readText(file));
    }
    catch (e) {
        const reason = e instanceof repo_fs/* FileReadError */.tJ ? e.message : `cannot parse ${file}: ${e.message}`;
        problems.push({ kind: 'config-parse', message: reason, location: { file, line: 1, column: 1 } });
        return undefined;
    }
}
function schemaFromConfig(fs, config, env, problems) {
    if (env) {
        const seen = configEnv(fs, config, env);
        for (const call of config.envCalls) {
            if (seen[call.name] === undefined) {
                problems.push({
                    kind: 'config-throws',
                    message: `${config.file} throws when loaded: env('${call.name}') is called but ${call.name} is not set, so every prisma command fails (PrismaConfigEnvError)`,
                    location: call.location,
                });
            }
        }
    }
    const schema = config.schema;
    if (!schema)
        return undefined;
    const value = config_env_valueOf(schema, env ? configEnv(fs, config, env) : {});
    if (value === undefined) {
        problems.push({ kind: 'config-unreadable', message: `cannot read the schema path in ${config.file} without running it (${schema.kind === 'unknown' ? schema.text : `env('${schema.kind === 'env' ? schema.name : ''}') is not set`})`, location: schema.location });
        return undefined;
    }
    const resolved = resolveFrom(dirOf(config.file), value);
    if (!insideRepo(resolved)) {
        problems.push({ kind: 'schema-missing', message: `${config.file} names the schema ${value}, which is outside the repository`, location: schema.location });
        return undefined;
    }
    return { path: resolved, source: 'prisma.config.ts' };
}
function schemaFromPackageJson(fs, dir, problems) {
    const file = joinRel(dir, 'package.json');
    if (!fs.isFile(file))
        return undefined;
    try {
        const pkg = JSON.parse(fs.readText(file));
        const schema = pkg.prisma?.schema;
        return typeof schema === 'string' ? { path: joinRel(dir, schema), source: 'package.json' } : undefined;
    }
    catch (e) {
        problems.push({ kind: 'config-parse', message: `cannot parse ${file}: ${e.message}`, location: { file, line: 1, column: 1 } });
        return undefined;
    }
}
/** Keeps the projects named by the `schemas` input, adding those discovery did not find on its own. */
function canonicalOnly(fs, found, schemas, problems) {
    const out = [];
    for (const raw of schemas) {
        const wanted = joinRel(raw);
        const hit = found.find((p) => p.schemaPath === wanted);
        if (hit)
            out.push(hit);
        else if (!fs.exists(wanted))
            problems.push({ kind: 'schema-missing', message: `the schemas setting names ${wanted}, which does not exist` });
        else {
            const packageDir = nearestPackage(fs, wanted);
            const configFile = CONFIG_NAMES.map((n) => joinRel(packageDir, n)).find((f) => fs.isFile(f));
            const own = [];
            const config = configFile ? readConfig(fs, configFile, own) : undefined;
            out.push(makeProject(fs, { packageDir, configFile, config, schemaSource: 'input', schemaPath: wanted, problems: own }));
        }
    }
    return out;
}
function nearestPackage(fs, rel) {
    for (let dir = dirOf(rel);; dir = dirOf(dir)) {
        if (fs.isFile(joinRel(dir, 'package.json')) || dir === '.')
            return dir;
    }
}


/***/ })

};
;