import { compileEnvList, TURBO_EXTENDS_MARKER, type EnvMatcher } from './env-patterns';
import { inferFrameworks, type Framework } from './frameworks';
import type { EnvEntry, TurboJson, TurboTask } from './turbo-json';
import type { Workspace } from './workspaces';

/** A task as it runs in one workspace, after turbo's merge of root and workspace turbo.json. */
export interface EffectiveTask {
  name: string;
  /** The key as written where it won: `build`, or `web#build` when that replaces the generic task. */
  key: string;
  /** The generic task a `pkg#task` replaced (turbo does not merge the two), for the message. */
  replaces?: { key: string; file: string; env: EnvEntry[]; passThroughEnv: EnvEntry[] };
  /** The turbo.json whose definition won (for the fix suggestion). */
  file: string;
  env: EnvEntry[];
  passThroughEnv: EnvEntry[];
}

/** What turbo declares for one workspace: the question "is X declared here?" and the tasks that run in it. */
export interface WorkspaceEnv {
  workspace: Workspace;
  /** The workspace's own turbo.json, when it has one. */
  ownTurboJson?: string;
  tasks: EffectiveTask[];
  frameworks: Framework[];
  /** What declares `name` for this workspace (`globalEnv`, `task build (env)`, `Next.js inference`, `allow`), or undefined. */
  declaredBy(name: string): string | undefined;
}

export interface DeclaredEnvOptions {
  frameworkInference: boolean;
  allow: readonly string[];
}

function splitTaskKey(key: string): { pkg?: string; task: string } {
  const i = key.indexOf('#');
  return i < 0 ? { task: key } : { pkg: key.slice(0, i), task: key.slice(i + 1) };
}

/**
 * turbo 2 lets a workspace turbo.json replace a task's arrays; `$TURBO_EXTENDS$` in the array appends to
 * the inherited one instead (https://turborepo.com/docs/reference/package-configurations).
 */
function mergeList(inherited: EnvEntry[] | undefined, own: EnvEntry[] | undefined): EnvEntry[] {
  if (!own) return inherited ?? [];
  return own.some((e) => e.pattern === TURBO_EXTENDS_MARKER) ? [...(inherited ?? []), ...own] : own;
}

/**
 * Root tasks for a workspace: `name#task` wins over the generic `task`, as turbo resolves them, then the
 * package configurations it `extends` (other than `//`), in order, then its own turbo.json. In a monorepo
 * the root package runs only `//#task` tasks (`rootOfMonorepo`); generic tasks never run there.
 */
export function effectiveTasks(root: TurboJson, ws: Workspace, own: TurboJson | undefined, extended: readonly TurboJson[] = [], rootOfMonorepo = false): EffectiveTask[] {
  const generic = new Map<string, TurboTask>();
  const byName = new Map<string, { task: TurboTask; file: string }>();
  for (const t of root.tasks) {
    const { pkg, task } = splitTaskKey(t.key);
    if (pkg === undefined && !generic.has(task)) generic.set(task, t);
    if (pkg === undefined && !byName.has(task) && !rootOfMonorepo) byName.set(task, { task: t, file: root.file });
    else if (pkg === ws.name) byName.set(task, { task: t, file: root.file });
  }
  const out = new Map<string, EffectiveTask>();
  for (const [name, { task, file }] of byName) {
    const replaced = task.key !== name ? generic.get(name) : undefined;
    out.set(name, {
      name,
      key: task.key,
      file,
      env: task.env ?? [],
      passThroughEnv: task.passThroughEnv ?? [],
      ...(replaced && !rootOfMonorepo ? { replaces: { key: replaced.key, file: root.file, env: replaced.env ?? [], passThroughEnv: replaced.passThroughEnv ?? [] } } : {}),
    });
  }
  for (const config of [...extended, ...(own ? [own] : [])]) {
    for (const t of config.tasks) {
      const inherited = out.get(t.key);
      out.set(t.key, { name: t.key, key: t.key, file: config.file, env: mergeList(inherited?.env, t.env), passThroughEnv: mergeList(inherited?.passThroughEnv, t.passThroughEnv) });
    }
  }
  return [...out.values()];
}

export function buildWorkspaceEnv(root: TurboJson, ws: Workspace, own: TurboJson | undefined, options: DeclaredEnvOptions, extended: readonly TurboJson[] = [], rootOfMonorepo = false): WorkspaceEnv {
  const tasks = effectiveTasks(root, ws, own, extended, rootOfMonorepo);
  const frameworks = options.frameworkInference ? inferFrameworks(ws) : [];
  const inferred = frameworks.flatMap((f) => f.envWildcards);
  const patterns = (entries: EnvEntry[]) => entries.map((e) => e.pattern);
  const checks: { label: string; matcher: EnvMatcher }[] = [
    { label: 'globalEnv', matcher: compileEnvList(patterns(root.globalEnv)) },
    { label: 'globalPassThroughEnv', matcher: compileEnvList(patterns(root.globalPassThroughEnv)) },
    // Inferred variables join each task's env, so a task's `!NEXT_PUBLIC_X` removes an inferred one too.
    ...tasks.flatMap((t) => [
      { label: `task ${t.name} (env)`, matcher: compileEnvList([...inferred, ...patterns(t.env)]) },
      { label: `task ${t.name} (passThroughEnv)`, matcher: compileEnvList(patterns(t.passThroughEnv)) },
    ]),
    // With no task to join, the inferred variables still count: whatever turbo runs here will infer them.
    ...(tasks.length === 0 ? [{ label: 'task (env)', matcher: compileEnvList(inferred) }] : []),
    { label: 'allow', matcher: compileEnvList(options.allow) },
  ];
  const frameworkMatchers = frameworks.map((f) => ({ f, m: compileEnvList(f.envWildcards) }));
  return {
    workspace: ws,
    ...(own ? { ownTurboJson: own.file } : {}),
    tasks,
    frameworks,
    declaredBy(name) {
      const hit = checks.find((c) => c.matcher.matches(name));
      if (!hit) return undefined;
      const fw = hit.label.endsWith('(env)') ? frameworkMatchers.find(({ m }) => m.matches(name)) : undefined;
      return fw && !hit.label.startsWith('global') ? `${fw.f.name} inference` : hit.label;
    },
  };
}
