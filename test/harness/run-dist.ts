import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FakeGitHub, type ApiCall, type FakeGitHubOptions } from './fake-github';
import type { FixtureRepo } from './fixture-repo';
import { webhookName, webhookPayload, webhookProblems } from './webhooks';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface RunDistOptions {
  /** The action's folder name under actions/. */
  action: string;
  /** Inputs by their action.yml names; hyphens are kept, as the runner does. */
  inputs?: Record<string, string>;
  /** The checkout (GITHUB_WORKSPACE). */
  repo: FixtureRepo;
  /** A pull_request event for this PR number (with base and head from the repo), unless `event` is given. */
  pr?: { number: number; labels?: string[]; fork?: boolean };
  event?: { name: string; payload: Record<string, unknown> };
  /** An already started fake, to share state across runs (a sticky comment across two runs). */
  github?: FakeGitHub;
  githubOptions?: FakeGitHubOptions;
  env?: Record<string, string>;
  /** Kill the run after this long (it is a test, not a benchmark). */
  timeoutMs?: number;
}

export interface DistRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT parsed back from its heredoc form. */
  outputs: Record<string, string>;
  summary: string;
  apiCalls: ApiCall[];
  github: FakeGitHub;
  /** Workflow commands printed on stdout (`::error file=...::msg`), parsed as the runner parses them. */
  commands: { command: string; properties: Record<string, string>; message: string; legacy?: boolean; line: string }[];
  tempDir: string;
}

/** Parses `name<<DELIM\nvalue\nDELIM` (and plain `name=value`) lines, as the runner reads GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = line.match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/**
 * Parses stdout the way actions/runner does (ActionCommandManager): lines split at CR, LF and CRLF; a line
 * trimmed of .NET white space (NEL U+0085 included) that starts with `::` is a command, and so is the legacy
 * `##[name key=value;...]message` anywhere in a line; between `::stop-commands::TOKEN` and `::TOKEN::` the
 * runner obeys nothing.
 */
export function parseCommands(stdout: string): DistRun['commands'] {
  const commands: DistRun['commands'] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^[\s\u0085]+|[\s\u0085]+$/g, '');
    if (stopToken) {
      if (trimmed === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = trimmed.match(/^::([^\s:]+)(?: ([^:]*))?::(.*)$/s);
    const legacy = m ? null : line.match(/##\[([^\s\]]+)(?: ([^\]]*))?\](.*)$/s);
    const hit = m ?? legacy;
    if (!hit) continue;
    const name = hit[1].toLowerCase();
    if (name === 'stop-commands') {
      stopToken = m ? hit[3] : undefined;
      commands.push({ command: name, properties: {}, message: hit[3], ...(legacy ? { legacy: true } : {}), line });
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (hit[2] ?? '').split(m ? ',' : ';').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: name, properties, message: unescapeData(hit[3]), ...(legacy ? { legacy: true } : {}), line });
  }
  return commands;
}

/**
 * Runs actions/<action>/dist/index.js as the runner does: a copy of dist/ in an empty temp directory,
 * INPUT_* variables, GITHUB_OUTPUT/GITHUB_STEP_SUMMARY files, an event file, and GITHUB_API_URL at a
 * fake GitHub on 127.0.0.1. The child is spawned asynchronously so the in-process fake can answer it.
 */
export async function runDist(options: RunDistOptions): Promise<DistRun> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), `bickford-run-${options.action}-`));
  const actionDir = path.join(temp, 'action');
  fs.cpSync(path.join(REPO_ROOT, 'actions', options.action, 'dist'), path.join(actionDir, 'dist'), { recursive: true });
  const runnerTemp = path.join(temp, 'runner-temp');
  fs.mkdirSync(runnerTemp);
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');


  const repository = 'acme/monorepo';
  let eventName = 'push';
  let payload: Record<string, unknown> = webhookPayload('push', { ref: 'refs/heads/main', before: options.repo.base, after: options.repo.head });
  if (options.event) {
    eventName = options.event.name;
    payload = options.event.payload;
  } else if (options.pr) {
    eventName = 'pull_request';
    const headRepo = options.pr.fork ? 'contributor/monorepo' : repository;
    payload = webhookPayload('pull-request-opened', {
      number: options.pr.number,
      pull_request: {
        number: options.pr.number,
        base: { sha: options.repo.base, ref: 'main', repo: { full_name: repository } },
        head: { sha: options.repo.head, ref: 'feature', repo: { full_name: headRepo } },
        labels: (options.pr.labels ?? []).map((name, i) => ({ id: i + 1, node_id: `L${i}`, url: 'https://api.github.com/labels', name, description: null, color: 'ffffff', default: false })),
      },
    });
  }
  // Every payload a dist reads is one GitHub could send: held to its webhook schema (@octokit/openapi-webhooks).
  const hook = webhookName(eventName, payload);
  const problems = hook ? webhookProblems(hook, payload) : [`GitHub's webhook description has no ${eventName} event${typeof payload.action === 'string' ? ` with action ${payload.action}` : ''}`];
  if (problems.length > 0) throw new Error(`the ${eventName} event payload does not match GitHub's webhook schema (${hook ?? 'none'}): ${problems.join('; ')}`);
  const github = options.github ?? new FakeGitHub(options.githubOptions);
  const ownsGithub = !options.github;
  if (!github.url) await github.start();
  if (options.pr) github.pulls.set(options.pr.number, { base: options.repo.base, head: options.repo.head });
  const eventFile = path.join(temp, 'event.json');
  fs.writeFileSync(eventFile, JSON.stringify(payload));

  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries({ 'github-token': 'test-token', ...options.inputs })) {
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.repo.dir,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_SHA: options.repo.head,
    GITHUB_REF: options.pr ? `refs/pull/${options.pr.number}/merge` : 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_ACTOR: 'octocat',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...inputEnv,
    ...options.env,
  };

  const child = spawn(process.execPath, [path.join(actionDir, 'dist', 'index.js')], { cwd: actionDir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  // The dist copy is megabytes (TypeScript, WASM) and no test reads it afterwards; runner-temp and the rest stay.
  fs.rmSync(actionDir, { recursive: true, force: true });
  if (ownsGithub) await github.stop();
  // A request GitHub's REST description would refuse fails the test that made it.
  if (github.violations.length > 0) throw new Error(`requests that do not match GitHub's REST description:\n${github.violations.join('\n')}\n--- stdout:\n${stdout.slice(-3000)}`);

  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    apiCalls: [...github.calls],
    github,
    commands: parseCommands(stdout),
    tempDir: temp,
  };
}
