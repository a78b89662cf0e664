import { compileEnvList } from './env-patterns';

/**
 * The variables turbo 2 passes to every task even in strict mode, and leaves out of every hash: turbo's
 * `BUILTIN_PASS_THROUGH_ENV`, crates/turborepo-env/src/lib.rs
 * (https://github.com/vercel/turborepo/blob/06818431a025b7393d8d7de057f23d048a3f8d21/crates/turborepo-env/src/lib.rs).
 * Reading one undeclared never loses its value; what is at stake is only the cache key.
 */
export const ALWAYS_PASSED_THROUGH = [
  'HOME', 'USER', 'TZ', 'LANG', 'SHELL', 'PWD',
  'XDG_RUNTIME_DIR', 'XAUTHORITY', 'DBUS_SESSION_BUS_ADDRESS',
  'CI', 'NODE_OPTIONS', 'COREPACK_*',
  'LD_LIBRARY_PATH', 'DYLD_FALLBACK_LIBRARY_PATH', 'LIBPATH', 'LD_PRELOAD', 'DYLD_INSERT_LIBRARIES',
  'COLORTERM', 'TERM', 'TERM_PROGRAM', 'DISPLAY', 'TMP', 'TEMP',
  'WINDIR', 'ProgramFiles', 'ProgramFiles(x86)',
  'VSCODE_*', 'ELECTRON_RUN_AS_NODE', 'DOCKER_*', 'BUILDKIT_*', 'COMPOSE_*', 'JB_IDE_*', 'JB_INTERPRETER', '_JETBRAINS_TEST_RUNNER_RUN_SCOPE_TYPE',
  'VERCEL', 'VERCEL_*', 'NEXT_*', 'USE_OUTPUT_FOR_EDGE_FUNCTIONS', 'NOW_BUILDER', 'VC_MICROFRONTENDS_CONFIG_FILE_NAME',
  'GITHUB_*', 'RUNNER_*',
  'APPDATA', 'PATH', 'PROGRAMDATA', 'SYSTEMROOT', 'SYSTEMDRIVE', 'USERPROFILE', 'HOMEDRIVE', 'HOMEPATH', 'PNPM_HOME', 'NPM_CONFIG_STORE_DIR',
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
