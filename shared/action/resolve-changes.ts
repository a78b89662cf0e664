import type { GitReader } from '../io/git';
import type { Logger } from '../logger';
import type { ChangeSet } from './guard';

/**
 * The files a PR changed: `git diff base...head` in the workspace when the clone has both commits,
 * else the API's list (a shallow checkout), else undefined (and the guards treat every file as changed).
 */
export async function resolveChanges(
  base: string | undefined,
  head: string | undefined,
  git: GitReader,
  logger: Logger,
  fromApi?: () => Promise<ChangeSet['files']>,
): Promise<ChangeSet | undefined> {
  if (!base || !head || /^0+$/.test(base)) return undefined;
  let files = git.hasCommit(base) && git.hasCommit(head) ? git.changedFiles(base, head) : undefined;
  if (!files && fromApi) {
    logger.info(`The clone lacks ${base.slice(0, 7)} or ${head.slice(0, 7)} (fetch-depth?): asking the API for the PR's files.`);
    try {
      files = await fromApi();
    } catch (e) {
      logger.warning(`Could not list the PR's files from the API (${(e as Error).message}); every file counts as changed.`);
    }
  }
  if (!files) return undefined;
  return { base, head, files, touched: new Set(files.filter((f) => f.status !== 'deleted').map((f) => f.path)) };
}
