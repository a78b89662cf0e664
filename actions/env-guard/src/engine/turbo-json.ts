import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { RepoFs } from '@shared/io/repo-fs';

export type EnvListKind = 'globalEnv' | 'globalPassThroughEnv' | 'env' | 'passThroughEnv';

/** One string of an env list as written in a turbo.json, with its UTF-16 offsets for a finding's position. */
export interface EnvEntry {
  pattern: string;
  file: string;
  list: EnvListKind;
  /** The task key as written (`build`, `web#build`), absent for the global lists. */
  task?: string;
  start: number;
  end: number;
}

export interface TurboTask {
  key: string;
  env?: EnvEntry[];
  passThroughEnv?: EnvEntry[];
}

export interface TurboJson {
  file: string;
  text: string;
  /** 1 when the file writes `pipeline` (turbo 1), 2 for `tasks`. */
  turboMajor: 1 | 2;
  /** `envMode` as written; turbo 2 defaults to strict. */
  envMode?: 'strict' | 'loose';
  extends: string[];
  globalEnv: EnvEntry[];
  globalPassThroughEnv: EnvEntry[];
  tasks: TurboTask[];
}

export interface TurboJsonError {
  file: string;
  message: string;
  offset: number;
  length: number;
}

/**
 * turbo 2 reads `turbo.json`, or `turbo.jsonc` when there is no turbo.json
 * (https://turborepo.com/docs/reference/configuration). Both allow comments and trailing commas.
 */
export function turboJsonFileIn(fs: RepoFs, dir: string): string | undefined {
  const prefix = dir === '.' ? '' : `${dir}/`;
  return [`${prefix}turbo.json`, `${prefix}turbo.jsonc`].find((f) => fs.isFile(f));
}

function entriesOf(node: JsonNode | undefined, file: string, list: EnvListKind, task?: string): EnvEntry[] | undefined {
  if (!node || node.type !== 'array') return undefined;
  const out: EnvEntry[] = [];
  for (const child of node.children ?? []) {
    if (child.type !== 'string') continue;
    out.push({ pattern: String(child.value), file, list, ...(task !== undefined ? { task } : {}), start: child.offset, end: child.offset + child.length });
  }
  return out;
}

/** Parses one turbo.json. A syntax error is returned with its offset, never thrown: it becomes a finding. */
export function readTurboJson(fs: RepoFs, file: string): { config?: TurboJson; errors: TurboJsonError[] } {
  const text = fs.readText(file);
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length > 0 || !tree) {
    const errors = parseErrors.map((e) => ({ file, message: describeParseError(e), offset: e.offset, length: e.length }));
    return { errors: errors.length > 0 ? errors : [{ file, message: 'the file is empty', offset: 0, length: 0 }] };
  }
  if (tree.type !== 'object') return { errors: [{ file, message: 'the top level must be an object', offset: tree.offset, length: tree.length }] };
  const ext = getNodeValue(findNodeAtLocation(tree, ['extends']) ?? ({ type: 'null' } as JsonNode)) as unknown;
  const pipeline = findNodeAtLocation(tree, ['tasks']) === undefined && findNodeAtLocation(tree, ['pipeline']) !== undefined;
  const tasksNode = findNodeAtLocation(tree, ['tasks']) ?? findNodeAtLocation(tree, ['pipeline']);
  const envModeNode = findNodeAtLocation(tree, ['envMode']);
  const envMode = envModeNode?.value === 'loose' || envModeNode?.value === 'strict' ? (envModeNode.value as 'strict' | 'loose') : undefined;
  const tasks: TurboTask[] = [];
  for (const prop of tasksNode?.type === 'object' ? (tasksNode.children ?? []) : []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode || valueNode.type !== 'object') continue;
    const key = String(keyNode.value);
    let env = entriesOf(findNodeAtLocation(valueNode, ['env']), file, 'env', key);
    // turbo 1 also declared a task's variables as `$NAME` in dependsOn (deprecated in 1.5, gone in 2).
    if (pipeline) {
      const legacy = (entriesOf(findNodeAtLocation(valueNode, ['dependsOn']), file, 'env', key) ?? []).filter((e) => e.pattern.startsWith('$')).map((e) => ({ ...e, pattern: e.pattern.slice(1) }));
      if (legacy.length > 0) env = [...(env ?? []), ...legacy];
    }
    const passThroughEnv = entriesOf(findNodeAtLocation(valueNode, ['passThroughEnv']), file, 'passThroughEnv', key);
    tasks.push({ key, ...(env ? { env } : {}), ...(passThroughEnv ? { passThroughEnv } : {}) });
  }
  return {
    config: {
      file,
      text,
      turboMajor: pipeline ? 1 : 2,
      ...(envMode ? { envMode } : {}),
      extends: Array.isArray(ext) ? ext.map(String) : [],
      globalEnv: entriesOf(findNodeAtLocation(tree, ['globalEnv']), file, 'globalEnv') ?? [],
      globalPassThroughEnv: entriesOf(findNodeAtLocation(tree, ['globalPassThroughEnv']), file, 'globalPassThroughEnv') ?? [],
      tasks,
    },
    errors: [],
  };
}

function describeParseError(e: ParseError): string {
  // printParseErrorCode gives `CommaExpected`; spell it as a sentence for people.
  return printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
