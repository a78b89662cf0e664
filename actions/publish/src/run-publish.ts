import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@shared/github/workflow-commands';
import { EXIT, handleError } from '@shared/action/handle-error';
import { EnvInputSource, InputReader } from '@shared/config/input-reader';
import { ConfigurationError } from '@shared/errors';
import { ActionsLogger } from '@shared/github/actions-logger';
import { GitHubClient } from '@shared/github/api-client';
import { readRunnerEnv } from '@shared/github/runner-env';
import { escapeMarkdown, inlineCode } from '@shared/reporters/escape';
import { findReports } from './find-reports';
import { reportAnchor } from './publish-anchor';
import { publishReport } from './publish-report';
import { readPublishInputs } from './read-inputs';
import { LIMITS } from './report-schema';
import { PUBLISH_DOCS, resolveTarget, type PublishTarget } from './trusted-target';
import { prepareValidator, validateReport } from './validate-report';

interface Outcome {
  file: string;
  /** The published report's title line, or why the file was refused. */
  title?: string;
  refused?: string;
}

function summary(target: PublishTarget, outcomes: Outcome[], notes: string[]): string {
  const where = target.prNumber !== undefined ? `pull request #${target.prNumber}, commit ${inlineCode(target.headSha.slice(0, 12))}` : `commit ${inlineCode(target.headSha.slice(0, 12))}`;
  const rows = outcomes.map((o) => `| ${inlineCode(o.file)} | ${o.title ? `published: ${escapeMarkdown(o.title)}` : `**refused**: ${escapeMarkdown(o.refused ?? '')}`} |`);
  const lines = [`## bickford/publish\n\nReports for ${where}.\n\n| Report | Result |\n|---|---|\n${rows.join('\n')}`, ...notes.map((n) => `> ${escapeMarkdown(n)}`)];
  return `${lines.join('\n\n')}\n`;
}

/**
 * The fork-safe publisher: reports uploaded by an unprivileged pull_request run become the sticky comments and
 * check runs of that PR. Only the event (written by GitHub) says which PR and commit; the reports are data.
 */
export async function runPublish(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const logger = new ActionsLogger();
  try {
    const runner = readRunnerEnv(env);
    const source = new EnvInputSource(env);
    const token = source.get('github-token');
    if (token) core.setSecret(token);
    const inputs = readPublishInputs(new InputReader([source]));
    if (!runner.owner || !runner.repo) throw new ConfigurationError('GITHUB_REPOSITORY is not set: run bickford/publish in a GitHub Actions job', PUBLISH_DOCS);
    if (!token) throw new ConfigurationError('github-token is empty: the publisher needs a token with pull-requests: write and checks: write', PUBLISH_DOCS);
    const ref = { owner: runner.owner, repo: runner.repo };
    const client = new GitHubClient(runner.apiUrl, token, { logger, timeoutMs: runner.apiTimeoutMs });
    const target = await resolveTarget(runner.event, runner.eventName, ref, client, logger);
    const found = findReports(runner.workspace, inputs.reports);

    const outcomes: Outcome[] = found.skipped.map((s) => ({ file: s.file, refused: s.reason }));
    const notes: string[] = [];
    const guards = new Set<string>();
    const anchorFailures: string[] = [];
    if (found.files.length > 0) await prepareValidator();
    for (const file of found.files) {
      const abs = path.join(runner.workspace, file);
      const size = fs.statSync(abs).size;
      const check = size > LIMITS.reportBytes ? { ok: false as const, reason: `it is ${size} bytes, over the ${LIMITS.reportBytes}-byte limit` } : validateReport(fs.readFileSync(abs));
      if (!check.ok) {
        outcomes.push({ file, refused: check.reason });
        continue;
      }
      if (guards.has(check.report.guard)) {
        outcomes.push({ file, refused: `a second report for ${check.report.guard}: one report per guard and run` });
        continue;
      }
      const anchor = reportAnchor(check.report);
      if (!anchor.ok) {
        outcomes.push({ file, refused: anchor.reason });
        continue;
      }
      guards.add(check.report.guard);
      const published = await publishReport(check.report, target, client, ref, inputs, logger, anchor.anchor);
      notes.push(...published.notes);
      if (published.anchorFailure) anchorFailures.push(published.anchorFailure);
      outcomes.push({ file, title: published.title });
    }

    const refused = outcomes.filter((o) => o.refused);
    for (const o of refused) logger.error(`Refused report ${o.file}: ${o.refused}`);
    if (runner.summaryPath) fs.appendFileSync(runner.summaryPath, summary(target, outcomes, notes));
    core.setOutput('published', String(outcomes.length - refused.length));
    core.setOutput('refused', String(refused.length));
    core.setOutput('pr-number', target.prNumber === undefined ? '' : String(target.prNumber));
    core.setOutput('head-sha', target.headSha);
    if (refused.length > 0) {
      logger.error(`${refused.length} report(s) refused: they were not published. See ${PUBLISH_DOCS}`);
      process.exitCode = EXIT.configuration;
    }
    for (const failure of anchorFailures) {
      logger.error(`The ledger's anchored head was not posted, so the recorded step left no trace outside the database: ${failure}`);
      process.exitCode = EXIT.configuration;
    }
  } catch (e) {
    process.exitCode = handleError(e, logger, (message) => core.error(message));
  }
}
