import type { RepoFs } from '@shared/io/repo-fs';
import { FileReadError } from '@shared/io/repo-fs';
import { readPrismaConfig } from './read-config';
import { PrismaConfigSyntaxError } from './config-syntax/syntax-error';
import { configEnv, valueOf, type Env } from './config-env';
import { dirOf, insideRepo, joinRel } from '@shared/io/repo-path';
import { resolveFrom } from './paths';
import { detectPrismaVersion } from './prisma-version';
import { schemaFromScripts } from './script-schema';
import type { PrismaConfigInfo, PrismaDiscovery, PrismaProject, ProjectProblem, SchemaSource } from './types';

/** Config file names Prisma 7 loads from the working directory, in its order. */
export const CONFIG_NAMES = ['prisma.config.ts', 'prisma.config.mts', 'prisma.config.cts', 'prisma.config.js', 'prisma.config.mjs', 'prisma.config.cjs'];
/**
 * Prisma's default schema locations, relative to the package, in its order: checked with Prisma 6.19 and
 * 7.10's CLIs (`prisma validate` with both present loads `./schema.prisma`; see find-projects.test.ts).
 */
export const DEFAULT_SCHEMAS = ['schema.prisma', 'prisma/schema.prisma'];
/** Folders whose .prisma files are copies (generated clients, build output), never sources. */
const GENERATED_SEGMENTS = new Set(['node_modules', '.prisma', 'generated', 'dist', 'build', '.next', '.turbo', 'out']);

export interface FindOptions {
  /** Canonical schemas (files or folders, repository-relative); when given, only these are projects. */
  schemas?: string[];
  /** The job's environment: when given, `env()` calls on unset variables are reported as a throwing config. */
  env?: Env;
  /** Globs of paths that are neither projects nor strays (test fixtures, vendored examples). */
  ignore?: string[];
}

/**
 * Finds every package with a Prisma schema the way Prisma itself would from that package's directory:
 * prisma.config.ts `schema`, then package.json `prisma.schema`, then prisma/schema.prisma and schema.prisma.
 * Problems are returned as data; nothing here throws for a user's mistake.
 */
export function findPrismaProjects(fs: RepoFs, options: FindOptions = {}): PrismaDiscovery {
  const dirs = new Set<string>(['.']);
  for (const f of fs.glob(['**/package.json', ...CONFIG_NAMES.map((n) => `**/${n}`)], { ignore: options.ignore })) if (!isGenerated(f)) dirs.add(dirOf(f));
  const looked: string[] = [];
  let problems: ProjectProblem[] = [];
  const bySchema = new Map<string, PrismaProject>();

  for (const dir of [...dirs].sort()) {
    const project = discoverPackage(fs, dir, options.env, looked, problems);
    if (project && !bySchema.has(project.schemaPath)) bySchema.set(project.schemaPath, project);
    else if (project) problems.push(...project.problems); // a second config naming the same schema still loads, and may throw
  }

  let projects = [...bySchema.values()];
  let copies: string[] = [];
  if (options.schemas && options.schemas.length > 0) projects = canonicalOnly(fs, projects, options.schemas, problems);
  else ({ projects, copies } = oneCanonical(fs, projects));
  const loaded = new Set(projects.flatMap((p) => p.schemaFiles));
  // A folder named schema.prisma that the `schemas` input names is a project, not an odd default.
  const schemaPaths = new Set(projects.map((p) => p.schemaPath));
  problems = problems.filter((p) => !(p.kind === 'schema-missing' && p.location && schemaPaths.has(p.location.file)));
  const strays = fs.glob('**/*.prisma', { ignore: options.ignore }).filter((f) => !loaded.has(f) && !isGenerated(f));
  return { projects, strays, copies, problems, looked };
}

/**
 * The repository has one schema unless it says otherwise: every schema a prisma.config.* names is
 * canonical; without such a config the one schema a package finds by itself is, and any other package's
 * schema is a second copy (a stray). Preference among those: named (a script's `--schema`, package.json
 * `prisma.schema`) over default, then the one with migrations, then the first by path.
 */
function oneCanonical(fs: RepoFs, found: PrismaProject[]): { projects: PrismaProject[]; copies: string[] } {
  const configured = found.filter((p) => p.schemaSource === 'prisma.config.ts');
  if (configured.length > 0) return { projects: configured, copies: found.filter((p) => !configured.includes(p)).map((p) => p.schemaPath) };
  if (found.length <= 1) return { projects: found, copies: [] };
  const rank = (p: PrismaProject) => (p.schemaSource === 'default' ? 2 : 0) + (fs.isDirectory(p.migrationsDir) ? 0 : 1);
  const best = [...found].sort((a, b) => rank(a) - rank(b))[0];
  return { projects: [best], copies: found.filter((p) => p !== best).map((p) => p.schemaPath) };
}

export function isGenerated(rel: string): boolean {
  return rel.split('/').some((seg) => GENERATED_SEGMENTS.has(seg));
}

function discoverPackage(fs: RepoFs, dir: string, env: Env | undefined, looked: string[], problems: ProjectProblem[]): PrismaProject | undefined {
  const configFile = CONFIG_NAMES.map((n) => joinRel(dir, n)).find((f) => fs.isFile(f));
  const own: ProjectProblem[] = [];
  let config: PrismaConfigInfo | undefined;
  let written: { path: string; source: SchemaSource } | undefined;

  // Prisma's order: the --schema argument, prisma.config.ts `schema`, package.json `prisma.schema` (which
  // Prisma 7 no longer reads), then the defaults.
  written = schemaFromScripts(fs, dir);
  if (configFile) {
    config = readConfig(fs, configFile, own);
    if (config) {
      const fromConfig = schemaFromConfig(fs, config, env, own);
      written ??= fromConfig;
    }
  }
  if (!written && detectPrismaVersion(fs, dir).major <= 6) written = schemaFromPackageJson(fs, dir, own);

  let schemaPath: string | undefined;
  let source: SchemaSource = 'default';
  if (written) {
    schemaPath = written.path;
    source = written.source;
    looked.push(schemaPath);
    if (!fs.exists(schemaPath)) {
      const namer = source === 'package.json' ? `${joinRel(dir, 'package.json')} \`prisma.schema\`` : source === 'script' ? `the \`--schema\` argument of a script in ${joinRel(dir, 'package.json')}` : configFile;
      own.push({ kind: 'schema-missing', message: `${namer} names the schema ${schemaPath}, which does not exist` });
      schemaPath = undefined;
    }
  } else {
    for (const candidate of DEFAULT_SCHEMAS.map((s) => joinRel(dir, s))) {
      looked.push(candidate);
      if (fs.isFile(candidate)) {
        schemaPath = candidate;
        break;
      }
    }
  }
  if (!schemaPath) {
    if (configFile || source === 'script') problems.push(...own);
    // Something other than a file where Prisma looks (a folder named schema.prisma, a dangling symlink) is reported
    // at its path, as an unreadable migration is: "no schema found" would send the user looking elsewhere.
    if (!written) problems.push(...oddDefaults(fs, dir));
    return undefined;
  }
  return makeProject(fs, { packageDir: dir, configFile, config, schemaSource: source, schemaPath, problems: own, env });
}

/** Default schema paths that exist as something other than a file. */
function oddDefaults(fs: RepoFs, dir: string): ProjectProblem[] {
  return DEFAULT_SCHEMAS.map((s) => joinRel(dir, s))
    .filter((f) => fs.list(dirOf(f)).includes(f.slice(f.lastIndexOf('/') + 1)))
    .map((f) => ({
      kind: 'schema-missing' as const,
      message: `${f} is ${fs.isDirectory(f) ? 'a folder' : 'not a readable file (a dangling symlink?)'}, where Prisma looks for the schema file`,
      location: { file: f, line: 1, column: 1 },
    }));
}

interface ProjectSeed {
  packageDir: string;
  configFile?: string;
  config?: PrismaConfigInfo;
  schemaSource: SchemaSource;
  schemaPath: string;
  problems: ProjectProblem[];
  env?: Env;
}

export function makeProject(fs: RepoFs, seed: ProjectSeed): PrismaProject {
  const isFolder = fs.isDirectory(seed.schemaPath);
  const schemaFiles = isFolder ? fs.glob('**/*.prisma', { cwd: seed.schemaPath }).filter((f) => !isGenerated(f.slice(seed.schemaPath.length + 1))) : [seed.schemaPath];
  const schemaRootDir = isFolder ? seed.schemaPath : dirOf(seed.schemaPath);
  let migrationsDir = joinRel(schemaRootDir, 'migrations');
  let fromConfig = false;
  const configured = seed.config && valueOf(seed.config.migrationsPath, envFor(fs, seed.config, seed.env));
  if (seed.config?.migrationsPath?.kind === 'unknown') {
    seed.problems.push({ kind: 'config-unreadable', message: `cannot read migrations.path in ${seed.config.file} without running it (${seed.config.migrationsPath.text}); assuming ${migrationsDir}`, location: seed.config.migrationsPath.location });
  } else if (configured !== undefined) {
    migrationsDir = resolveFrom(dirOf(seed.config!.file), configured);
    fromConfig = true;
    // `migrate dev` would create it, but drift and the immutability check would silently see "no migrations".
    if (!fs.isDirectory(migrationsDir)) {
      seed.problems.push({ kind: 'migrations-missing', message: `${seed.config!.file} sets migrations.path to ${configured}, but ${migrationsDir} does not exist, so no migration can be checked for drift or edits`, location: seed.config!.migrationsPath!.location });
    }
  }
  const { env: _env, ...rest } = seed;
  return { ...rest, schemaKind: isFolder ? 'folder' : 'file', schemaFiles, schemaRootDir, migrationsDir, migrationsDirFromConfig: fromConfig };
}

function envFor(fs: RepoFs, config: PrismaConfigInfo, env: Env | undefined): Env {
  return env ? configEnv(fs, config, env) : {};
}

function readConfig(fs: RepoFs, file: string, problems: ProjectProblem[]): PrismaConfigInfo | undefined {
  try {
    return readPrismaConfig(file, fs.readText(file));
  } catch (e) {
    const reason = e instanceof FileReadError ? e.message : `cannot parse ${file}: ${(e as Error).message}`;
    problems.push({ kind: 'config-parse', message: reason, location: e instanceof PrismaConfigSyntaxError ? e.location : { file, line: 1, column: 1 } });
    return undefined;
  }
}

function schemaFromConfig(fs: RepoFs, config: PrismaConfigInfo, env: Env | undefined, problems: ProjectProblem[]): { path: string; source: SchemaSource } | undefined {
  if (env) {
    const seen = configEnv(fs, config, env);
    for (const call of config.envCalls) {
      if (seen[call.name]) continue; // prisma/config env(): `if (!value) throw`, so an empty value throws too
      // Prisma runs the file: a call behind a condition on an unset variable never runs (and cannot throw).
      const runs = (call.when ?? []).map((c) => (c.env === undefined ? undefined : Boolean(seen[c.env]) !== c.negated));
      if (runs.includes(false)) continue;
      const unknown = (call.when ?? []).filter((_, i) => runs[i] === undefined).map((c) => (c.negated ? `!(${c.text})` : c.text));
      problems.push({
        kind: 'config-throws',
        message: `${config.file} throws when loaded${unknown.length > 0 ? ` and ${unknown.join(' and ')} holds` : ''}: env('${call.name}') is called but ${call.name} is not set, so every prisma command fails (PrismaConfigEnvError)`,
        location: call.location,
      });
    }
  }
  const schema = config.schema;
  if (!schema) return undefined;
  const value = valueOf(schema, env ? configEnv(fs, config, env) : {});
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

function schemaFromPackageJson(fs: RepoFs, dir: string, problems: ProjectProblem[]): { path: string; source: SchemaSource } | undefined {
  const file = joinRel(dir, 'package.json');
  if (!fs.isFile(file)) return undefined;
  try {
    const pkg = JSON.parse(fs.readText(file)) as { prisma?: { schema?: unknown } };
    const schema = pkg.prisma?.schema;
    return typeof schema === 'string' ? { path: joinRel(dir, schema), source: 'package.json' } : undefined;
  } catch (e) {
    problems.push({ kind: 'config-parse', message: `cannot parse ${file}: ${(e as Error).message}`, location: { file, line: 1, column: 1 } });
    return undefined;
  }
}

/** Keeps the projects named by the `schemas` input, adding those discovery did not find on its own. */
function canonicalOnly(fs: RepoFs, found: PrismaProject[], schemas: string[], problems: ProjectProblem[]): PrismaProject[] {
  const out: PrismaProject[] = [];
  for (const raw of schemas) {
    const wanted = joinRel(raw);
    const hit = found.find((p) => p.schemaPath === wanted);
    if (hit) out.push(hit);
    else if (!fs.exists(wanted)) problems.push({ kind: 'schema-missing', message: `the schemas setting names ${wanted}, which does not exist` });
    else {
      const packageDir = nearestPackage(fs, wanted);
      const configFile = CONFIG_NAMES.map((n) => joinRel(packageDir, n)).find((f) => fs.isFile(f));
      const own: ProjectProblem[] = [];
      const config = configFile ? readConfig(fs, configFile, own) : undefined;
      out.push(makeProject(fs, { packageDir, configFile, config, schemaSource: 'input', schemaPath: wanted, problems: own }));
    }
  }
  return out;
}

function nearestPackage(fs: RepoFs, rel: string): string {
  for (let dir = dirOf(rel); ; dir = dirOf(dir)) {
    if (fs.isFile(joinRel(dir, 'package.json')) || dir === '.') return dir;
  }
}
