import type { EngineContext } from '@shared/action/guard';
import type { Finding } from '@shared/findings/finding';
import type { GuardResult, Section } from '@shared/findings/result';
import { configEnv, detectPrismaVersion, findPrismaProjects, installedVersion, readGenerators, readSchemaFiles, schemaWasm, valueOf, type PrismaProject } from '@shared/prisma';
import type { PrismaGuardInputs } from './inputs';
import type { PrismaCli } from './prisma-cli';
import { discoveryFindings } from './checks/discovery-findings';
import { missingSchema } from './rules/prisma-schema-missing';
import { validateSchema } from './rules/prisma-schema-invalid';
import { checkFormat } from './rules/prisma-schema-unformatted';
import { checkClients } from './checks/check-client';
import { checkLockfiles } from './rules/prisma-client-duplicate-versions';
import { checkClientInstances } from './rules/prisma-client-multiple-instances';
import { checkMigrations } from './checks/check-migrations';
import { checkMigrationLock } from './rules/prisma-migration-lock-mismatch';
import { checkDrift } from './checks/check-drift';
import type { EmbeddedDiffInput, EmbeddedDiffResult } from './drift/embedded-diff';
import type { Logger } from '@shared/logger';
import { versionUnsupported } from './rules/prisma-version-unsupported';
import { combinedHash, mergedSchemaOf, schemaHash } from '@shared/prisma/schema-hash';
import { prismaDrift } from './rules/prisma-drift';

export interface EngineDeps {
  cli: PrismaCli;
  /** Drift over the embedded shadow database (drift/embedded-diff.ts); without it, drift always takes the CLI path. */
  embeddedDiff?: (input: EmbeddedDiffInput, logger: Logger) => Promise<EmbeddedDiffResult>;
}

/** Which Prisma rules a project was checked with: the major its package depends on, and the schema WASM used. */
interface ValidatedWith {
  major: number;
  version?: string;
  source: string;
  /** The schema WASM's version; none when the major is unsupported and nothing was validated. */
  wasmVersion?: string;
}

interface ProjectRow {
  project: PrismaProject;
  validatedWith: ValidatedWith;
  valid: boolean;
  drift: string;
  hash?: string;
}

const supported = (w: ValidatedWith): boolean => w.wasmVersion !== undefined;
/** "7.10.1 from package.json; schema WASM 8.x", or "5.22.0 from package.json; unsupported". */
const detailOf = (w: ValidatedWith): string => `${w.version ?? 'no version found'} from ${w.source}; ${supported(w) ? `schema WASM ${w.wasmVersion}` : 'unsupported'}`;
const labelOf = (w: ValidatedWith): string => `Prisma ${w.major} (${detailOf(w)})`;

/** Every check of prisma-guard over every Prisma project in the repository. */
export async function runPrismaGuard(inputs: PrismaGuardInputs, ctx: EngineContext, deps: EngineDeps): Promise<GuardResult> {
  const { fs, logger } = ctx;
  const discovery = findPrismaProjects(fs, { schemas: inputs.schemas, env: ctx.env, ignore: inputs.ignore });
  const findings: Finding[] = discoveryFindings(discovery);
  const sections: Section[] = [];
  const rows: ProjectRow[] = [];
  // The resolved base (the commit `inputs.base` named, or the PR's); none when the change set is unknown.
  const base = ctx.changesUnknown ? undefined : (ctx.changes?.base ?? inputs.base);
  if (!base) logger.info(ctx.changesUnknown ? 'Applied migrations: not compared, the change set is unknown (see the error).' : 'Applied migrations: not compared, there is no base (no pull request; in the CLI, pass --base).');

  for (const project of discovery.projects) {
    const version = detectPrismaVersion(fs, project.packageDir);
    if (version.foundMajor < 6) {
      findings.push(versionUnsupported(project.schemaPath, version.version ?? `${version.foundMajor}`, version.source, { file: project.schemaFiles[0] ?? project.schemaPath, line: 1, column: 1 }));
      findings.push(...checkMigrations(fs, ctx.git, project, base).findings);
      rows.push({ project, validatedWith: { major: version.foundMajor, version: version.version, source: version.source }, valid: false, drift: 'not run' });
      continue;
    }
    const wasm = schemaWasm(version.major);
    const validatedWith: ValidatedWith = { major: version.major, version: version.version, source: version.source, wasmVersion: wasm.version };
    logger.info(`${project.schemaPath}: validating with ${labelOf(validatedWith)}`);
    const files = readSchemaFiles(fs, project);
    const row: ProjectRow = { project, validatedWith, valid: false, drift: 'not run' };
    rows.push(row);
    // A folder (even one named schema.prisma) without a .prisma file: the schema engine cannot start on nothing.
    if (files.length === 0) {
      findings.push(missingSchema(`${project.schemaPath} is a folder with no .prisma file in it, so there is no schema to check`, { file: project.schemaPath, line: 1, column: 1 }));
      findings.push(...checkMigrations(fs, ctx.git, project, base).findings);
      continue;
    }

    const invalid = validateSchema(files, wasm);
    findings.push(...invalid);
    findings.push(...checkMigrations(fs, ctx.git, project, base).findings);
    if (invalid.some((f) => f.severity === 'error')) continue; // the other checks need a schema Prisma accepts
    row.valid = true;
    const merged = mergedSchemaOf(fs, project, wasm, files);
    row.hash = schemaHash(merged);

    if (inputs.checkFormat) {
      const format = checkFormat(files, wasm);
      findings.push(...format.findings);
      for (const d of format.diffs) sections.push({ kind: 'code', title: `prisma format --check: ${d.file}`, language: 'diff', code: d.diff });
    }
    const info = readGenerators(fs, project, wasm, files);
    if (inputs.checkClient) findings.push(...checkClients(fs, project, files, info.generators, wasm, installedVersion(fs, project.packageDir, 'prisma'), merged));
    findings.push(...checkMigrationLock(fs, project, info.datasource?.provider));

    if (inputs.drift === 'skip') row.drift = 'skipped';
    // At the base in new-code mode, when no drift finding of the head is looked up there: the drift check is the
    // costly one (a shadow database), and its findings would be compared with nothing (prisma-drift-unchecked is
    // never existing).
    else if (ctx.onlyRules && !ctx.onlyRules.has(prismaDrift.id)) row.drift = 'not needed at the base';
    else if (!fs.isDirectory(project.migrationsDir) || fs.list(project.migrationsDir).length === 0) row.drift = 'no migrations';
    else {
      const shadow = inputs.shadowDatabaseUrl ?? (project.config ? valueOf(project.config.shadowDatabaseUrl, configEnv(fs, project.config, ctx.env)) : undefined);
      const drift = await logger.group(`drift: ${project.schemaPath}`, () =>
        checkDrift(project, info.datasource?.provider, deps.cli, shadow, logger, deps.embeddedDiff && { fs, files, major: version.major, diff: (input) => deps.embeddedDiff!(input, logger) }),
      );
      row.drift = drift.status;
      findings.push(...drift.findings);
      if (drift.script) sections.push({ kind: 'code', title: `Drift: the migration ${project.schemaPath} is missing`, language: 'sql', code: drift.script });
    }
  }

  if (inputs.checkClient) {
    findings.push(...checkLockfiles(fs));
    findings.push(...checkClientInstances(fs).findings);
  }

  const hashes = rows.filter((r) => r.hash).map((r) => ({ schemaPath: r.project.schemaPath, hash: r.hash! }));
  sections.unshift({
    kind: 'table',
    title: 'Prisma schemas',
    headers: ['Schema', 'Validated with', 'Valid', 'Migrations', 'Drift'],
    rows: rows.map((r) => [{ code: r.project.schemaPath }, labelOf(r.validatedWith), r.valid ? 'yes' : 'no', { code: r.project.migrationsDir }, r.drift]),
  });
  const checked = rows.filter((r) => supported(r.validatedWith));
  const majors = [...new Set(checked.map((r) => `Prisma ${r.validatedWith.major}`))].join(' and ');
  const unsupported = rows.length - checked.length;
  return {
    guard: 'prisma-guard',
    findings,
    outputs: {
      'schema-hash': hashes.length > 0 ? combinedHash(hashes) : '',
      schemas: JSON.stringify(discovery.projects.map((p) => p.schemaPath)),
    },
    headline:
      rows.length === 0
        ? 'no Prisma schema found'
        : checked.length === 0
          ? `${rows.length} Prisma schema${rows.length === 1 ? '' : 's'} not checked: Prisma 5 and older are unsupported`
          : `${checked.length} Prisma schema${checked.length === 1 ? '' : 's'} checked with ${majors} rules (${checked.map((r) => detailOf(r.validatedWith)).join('; ')})${unsupported > 0 ? `; ${unsupported} not checked (Prisma 5 or older, unsupported)` : ''}`,
    sections,
    data: {
      projects: rows.map((r) => ({ schemaPath: r.project.schemaPath, schemaFiles: r.project.schemaFiles, migrationsDir: r.project.migrationsDir, validatedWith: labelOf(r.validatedWith), valid: r.valid, drift: r.drift, schemaHash: r.hash })),
      strays: discovery.strays,
      comparedWith: base ?? null,
    },
  };
}
