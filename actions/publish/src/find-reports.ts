import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '@shared/errors';
import { NodeRepoFs, toPosix } from '@shared/io/repo-fs';
import { LIMITS } from './report-schema';
import { PUBLISH_DOCS } from './trusted-target';

export interface FoundReports {
  /** Regular files inside the workspace, workspace-relative. */
  files: string[];
  /** Paths that matched but are not read, with why (a symlink out of the artifact, too many files). */
  skipped: { file: string; reason: string }[];
}

/**
 * The report files named by the `reports` input: a directory (every *.json under it) or a glob. The artifact
 * is untrusted, so a symbolic link is never followed: it could point at the runner's own files.
 */
export function findReports(workspace: string, reports: string): FoundReports {
  const repo = new NodeRepoFs(workspace);
  const relative = toPosix(path.relative(repo.root, path.resolve(repo.root, reports))) || '.';
  if (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) {
    throw new ConfigurationError(`reports must name a directory or glob inside the workspace, got '${reports}'`, PUBLISH_DOCS);
  }
  const matched = repo.isDirectory(relative) ? repo.glob('**/*.json', { cwd: relative }) : repo.glob(relative);
  const files: string[] = [];
  const skipped: FoundReports['skipped'] = [];
  for (const file of matched) {
    const parts = file.split('/');
    const symlinked = parts.some((_, i) => fs.lstatSync(repo.abs(parts.slice(0, i + 1).join('/'))).isSymbolicLink());
    if (symlinked) skipped.push({ file, reason: 'it is (or is under) a symbolic link, which the publisher never follows' });
    else if (files.length >= LIMITS.reportFiles) skipped.push({ file, reason: `more than ${LIMITS.reportFiles} report files were found` });
    else files.push(file);
  }
  if (files.length === 0 && skipped.length === 0) {
    throw new ConfigurationError(
      `no report files found at '${reports}': download the artifact the pull-request workflow uploaded (actions/download-artifact with run-id) into that path first`,
      PUBLISH_DOCS,
    );
  }
  return { files, skipped };
}
