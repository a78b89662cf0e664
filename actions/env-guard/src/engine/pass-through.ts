import { compileEnvList } from './env-patterns';

/**
 * The variables turbo 2 passes to every task even in strict mode, and leaves out of every hash: turbo's
 * `DEFAULT_UNTRACKED_ENV`, crates/turborepo-env/src/lib.rs
 * (https://github.com/vercel/turborepo/blob/06ba8e2f7b8d7c7ff99edff7114e2584713e18c4/crates/turborepo-env/src/lib.rs#L20).
 * Reading one undeclared never loses its value; what is at stake is only the cache key.
 */
export const ALWAYS_PASSED_THROUGH = [
  'HOME', 'USER', 'TZ', 'LANG', 'SHELL', 'PWD', 'PATH',
  'XDG_RUNTIME_DIR', 'XAUTHORITY', 'DBUS_SESSION_BUS_ADDRESS',
  'CI',
  'NODE_OPTIONS', 'COREPACK_*', 'NPM_CONFIG_STORE_DIR', 'PNPM_HOME',
  'LD_LIBRARY_PATH', 'LD_PRELOAD', 'DYLD_FALLBACK_LIBRARY_PATH', 'DYLD_INSERT_LIBRARIES', 'LIBPATH',
  'COLORTERM', 'TERM', 'TERM_PROGRAM', 'DISPLAY', 'FORCE_COLOR', 'NO_COLOR',
  'TMP', 'TEMP',
  'VERCEL', 'VERCEL_*', 'NEXT_*', 'USE_OUTPUT_FOR_EDGE_FUNCTIONS', 'NOW_BUILDER', 'VC_MICROFRONTENDS_CONFIG_FILE_NAME',
  'GITHUB_*', 'RUNNER_*',
  'APPDATA', 'PROGRAMDATA', 'SYSTEMROOT', 'SYSTEMDRIVE', 'USERPROFILE', 'HOMEDRIVE', 'HOMEPATH', 'WINDIR', 'ProgramFiles', 'ProgramFiles(x86)',
  'ELECTRON_RUN_AS_NODE', 'JB_INTERPRETER', '_JETBRAINS_TEST_RUNNER_RUN_SCOPE_TYPE', 'JB_IDE_*',
  'VSCODE_*', 'DOCKER_*', 'BUILDKIT_*', 'COMPOSE_*', 'PLAYWRIGHT_*',
  '*_TOKEN',
];

const matcher = compileEnvList(ALWAYS_PASSED_THROUGH);

export function isAlwaysPassedThrough(name: string): boolean {
  return matcher.matches(name);
}

/** What an undeclared read risks, which decides the help text: the value itself, or only the cache key. */
export type Stakes = 'strict' | 'loose' | 'passed-through' | 'turbo1';

export function stakesOf(name: string, root: { turboMajor: 1 | 2; envMode?: 'strict' | 'loose' }): Stakes {
  if (root.turboMajor === 1) return 'turbo1';
  if (root.envMode === 'loose') return 'loose';
  return isAlwaysPassedThrough(name) ? 'passed-through' : 'strict';
}
