import type { EngineContext } from '@shared/action/guard';
import type { Finding } from '@shared/findings/finding';
import { compareFindings } from '@shared/findings/finding';
import { LineIndex } from '@shared/findings/positions';
import type { GuardResult } from '@shared/findings/result';
import type { EnvGuardInputs } from '../inputs';
import { turboJsonInvalid } from '../rules/env-turbo-json-invalid';
import { buildWorkspaceEnv } from './declared-env';
import { checkRequired, checkUnused } from './check-declarations';
import { checkReads } from './check-reads';
import { readTurboJson, turboJsonFileIn, type TurboJson } from './turbo-json';
import { discoverWorkspaces } from './workspaces';
import { prismaEnvNames, sourceFilesOf } from './source-files';
import { summarise } from './summarise';
import { SourceCache } from './source-cache';
import { findWrappers } from './wrappers';

function parseConfig(ctx: EngineContext, file: string, findings: Finding[]): TurboJson | undefined {
  const { config, errors } = readTurboJson(ctx.fs, file);
  for (const e of errors) {
    const index = new LineIndex(ctx.fs.readText(file));
    findings.push(turboJsonInvalid(e.message, index.locationOfChars(file, e.offset, e.offset + e.length)));
  }
  return config;
}

/** The whole check: parse the turbo.json files, scan every workspace package, compare, report. */
export async function runEnvGuard(inputs: EnvGuardInputs, ctx: EngineContext): Promise<GuardResult> {
  const findings: Finding[] = [];
  const rootFile = turboJsonFileIn(ctx.fs, '.');
  const root = rootFile ? parseConfig(ctx, rootFile, findings) : undefined;
  const { root: rootWs, workspaces } = discoverWorkspaces(ctx.fs);
  const own = new Map<string, TurboJson>();
  const turboFiles = rootFile ? [rootFile] : [];
  for (const ws of workspaces) {
    const file = turboJsonFileIn(ctx.fs, ws.dir);
    if (file) turboFiles.push(file);
    const config = file ? parseConfig(ctx, file, findings) : undefined;
    if (config) own.set(ws.dir, config);
  }
  findings.push(...checkRequired(inputs.required, ctx.env, [...(root ? [root] : []), ...own.values()]));
  if (!root) {
    ctx.logger.info(rootFile ? `${rootFile} could not be parsed; reads were not checked` : 'no turbo.json at the repository root; reads were not checked');
    return summarise({ findings: findings.sort(compareFindings), workspaces: workspaces.length, reads: 0, files: 0, checked: false, turboFiles, noTurboJson: !rootFile });
  }
  const readsByWorkspace = new Map<string, Set<string>>();
  let reads = 0;
  let files = 0;
  const cache = new SourceCache(ctx.fs);
  const filesOf = new Map(workspaces.map((ws) => [ws.dir, sourceFilesOf(ctx.fs, ws.dir, workspaces.filter((o) => o.dir.startsWith(`${ws.dir}/`)).map((o) => o.dir), [...inputs.ignore])]));
  // The root package's files and those of no package (root scripts/, playwright.config.ts) are read too.
  const rootFiles = sourceFilesOf(ctx.fs, '.', workspaces.map((w) => w.dir), [...inputs.ignore]);
  const every = [...rootFiles, ...[...filesOf.values()].flat()].map((file) => ({ file, text: cache.text(file), source: () => cache.parsed(file) }));
  const readers = findWrappers(every, inputs.readers);
  const added = [...readers.keys()].filter((n) => !inputs.readers.has(n));
  if (added.length > 0) ctx.logger.info(`reading through wrapper functions found in the repository: ${added.map((n) => `${n}()`).join(', ')}`);
  const byName = new Map(workspaces.map((w) => [w.name, w.dir]));
  const extendedOf = (config: TurboJson | undefined) => (config?.extends ?? []).filter((e) => e !== '//').flatMap((name) => own.get(byName.get(name) ?? '') ?? []);
  for (const ws of workspaces) {
    const env = buildWorkspaceEnv(root, ws, own.get(ws.dir), inputs, extendedOf(own.get(ws.dir)));
    const sources = filesOf.get(ws.dir)!;
    const rootOnly = own.has(ws.dir) ? buildWorkspaceEnv(root, ws, undefined, inputs) : undefined;
    const stats = checkReads(ctx.fs, env, sources, root.file, findings, rootOnly, { readers, sources: cache, mode: root, memo: ctx.memo });
    for (const name of prismaEnvNames(ctx.fs, ws.dir)) stats.names.add(name);
    readsByWorkspace.set(ws.dir, stats.names);
    reads += stats.reads;
    files += stats.files;
    ctx.logger.debug(`${ws.dir}: ${stats.files} files, ${stats.reads} reads, frameworks: ${env.frameworks.map((f) => f.name).join(', ') || 'none'}`);
  }
  {
    // In a monorepo turbo runs the root package only through `//#task` tasks; in a single package, every task runs there.
    const monorepo = workspaces.length > 0;
    const env = buildWorkspaceEnv(root, rootWs, undefined, inputs, [], monorepo);
    const countOnly = monorepo && env.tasks.length === 0;
    const stats = checkReads(ctx.fs, env, rootFiles, root.file, findings, undefined, { readers, sources: cache, mode: root, memo: ctx.memo, scope: monorepo ? 'the root package (files outside every workspace)' : 'the root package', countOnly });
    readsByWorkspace.set('.', stats.names);
    reads += stats.reads;
    files += stats.files;
    if (countOnly && stats.reads > 0) ctx.logger.info(`${stats.reads} reads in ${stats.files} files outside every workspace package: no \`//#task\` in ${root.file} runs them through turbo, so no cache key depends on them`);
  }
  if (inputs.reportUnused) findings.push(...checkUnused(root, own, readsByWorkspace, new Map([...workspaces.map((w) => [w.dir, w.name] as [string, string]), ['.', '//']])));
  return summarise({ findings: findings.sort(compareFindings), workspaces: workspaces.length, reads, files, checked: true, turboFiles });
}
