import { execFile } from 'node:child_process';

export interface Pin {
  /** What goes after `@` in `uses:`. */
  ref: string;
  /** The comment beside it: the tag a SHA stands for, or how to pin. */
  comment: string;
}

/** The release's mirrors, as scripts/release.mjs pushes them (docs/distribution.md): `{name}` is the action's folder. */
export const DEFAULT_MIRROR_BASE = 'https://github.com/bickford/{name}.git';
const MAJOR = 'v1';

/**
 * Each action pinned by the full SHA its `v1` tag points at in its mirror (the release's tag→commit mapping is
 * the mirrors' tags themselves: a version tag is never moved). A mirror that does not answer (offline, behind a
 * proxy that refuses git) leaves the `@v1` form with a comment saying how to pin, and init says so.
 */
export async function resolvePins(actions: readonly string[], mirrorBase = process.env.BICKFORD_MIRROR_BASE ?? DEFAULT_MIRROR_BASE): Promise<Record<string, Pin & { pinned: boolean }>> {
  const pins = await Promise.all(
    actions.map(async (name) => {
      const url = mirrorBase.split('{name}').join(name);
      const sha = await tagCommit(url, MAJOR);
      return [
        name,
        sha
          ? { ref: sha, comment: MAJOR, pinned: true }
          : { ref: MAJOR, comment: `pin by SHA: git ls-remote ${url} refs/tags/${MAJOR}^{} (or a v1.x.y tag), and put the commit here`, pinned: false },
      ] as const;
    }),
  );
  return Object.fromEntries(pins);
}

/** The commit a tag names (peeled, for an annotated tag), or undefined when the remote does not answer in time. */
function tagCommit(url: string, tag: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['ls-remote', url, `refs/tags/${tag}`, `refs/tags/${tag}^{}`],
      { timeout: 15_000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo' }, encoding: 'utf8' },
      (error, stdout) => {
        if (error) return resolve(undefined);
        const rows = stdout.split('\n').map((l) => l.split('\t'));
        const peeled = rows.find((r) => r[1] === `refs/tags/${tag}^{}`) ?? rows.find((r) => r[1] === `refs/tags/${tag}`);
        resolve(peeled && /^[0-9a-f]{40}$/.test(peeled[0]) ? peeled[0] : undefined);
      },
    );
  });
}
