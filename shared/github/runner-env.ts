import * as fs from 'node:fs';
import * as os from 'node:os';
import type { RunInfo } from '../action/guard';
import { ConfigurationError } from '../errors';

/** What the runner tells a step about itself, read once from its environment and event file. */
export interface RunnerEnv {
  workspace: string;
  repository?: string;
  owner?: string;
  repo?: string;
  apiUrl: string;
  serverUrl: string;
  eventName?: string;
  /** The event payload (GITHUB_EVENT_PATH), or {} when there is none. */
  event: Record<string, any>;
  prNumber?: number;
  baseSha?: string;
  headSha?: string;
  labels: string[];
  /** A PR from a fork: its token is read-only and secrets are absent. */
  fromFork: boolean;
  run: RunInfo;
  summaryPath?: string;
  tempDir: string;
  /** The run's page, where the job summary is shown. */
  runUrl?: string;
  /**
   * One API request's time limit (BICKFORD_API_TIMEOUT_SECONDS), for a slow proxy or GHES, or undefined for the
   * client's default of 30 s. Like HTTPS_PROXY it belongs to the runner's environment, not to one step's inputs.
   */
  apiTimeoutMs?: number;
}

export const API_TIMEOUT_ENV = 'BICKFORD_API_TIMEOUT_SECONDS';

function apiTimeoutMs(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
    throw new ConfigurationError(`${API_TIMEOUT_ENV} must be a number of seconds above 0 and at most 600 (got '${raw}'); unset, each API request may take 30 s.`);
  }
  return seconds * 1000;
}

export function readRunnerEnv(env: NodeJS.ProcessEnv = process.env): RunnerEnv {
  let event: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH && fs.existsSync(env.GITHUB_EVENT_PATH)) {
    try {
      event = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      event = {};
    }
  }
  const pr = event.pull_request;
  const repository = env.GITHUB_REPOSITORY;
  const [owner, repo] = repository ? repository.split('/') : [];
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const run: RunInfo = {
    sha: pr?.head?.sha ?? env.GITHUB_SHA,
    ref: pr?.head?.ref ?? env.GITHUB_HEAD_REF ?? env.GITHUB_REF_NAME ?? env.GITHUB_REF,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    workflow: env.GITHUB_WORKFLOW,
    actor: env.GITHUB_ACTOR,
    eventName: env.GITHUB_EVENT_NAME,
  };
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    repository,
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    eventName: env.GITHUB_EVENT_NAME,
    event,
    prNumber: pr?.number ?? (event.issue?.pull_request ? event.issue.number : undefined),
    baseSha: pr?.base?.sha,
    headSha: pr?.head?.sha,
    labels: Array.isArray(pr?.labels) ? pr.labels.map((l: { name?: string }) => String(l.name ?? '')).filter(Boolean) : [],
    fromFork: Boolean(pr && pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
    run,
    summaryPath: env.GITHUB_STEP_SUMMARY,
    tempDir: env.RUNNER_TEMP ?? os.tmpdir(),
    runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    apiTimeoutMs: apiTimeoutMs(env[API_TIMEOUT_ENV]),
  };
}
