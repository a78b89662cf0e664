/**
 * The notes a user reads when the API cannot be used, each from a real local server and the built dist: a
 * self-signed HTTPS server (the TLS error an inspecting proxy causes), a server that never answers (with a
 * short BICKFORD_API_TIMEOUT_SECONDS), and a 401 (an expired or revoked token). The verdict still comes from
 * the findings, and no note takes one of the step's warning slots.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FakeGitHub } from '../harness/fake-github';
import { createFixtureRepo } from '../harness/fixture-repo';
import { runDist, type DistRun } from '../harness/run-dist';

const base = {
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
  'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "t0" ("id" INTEGER NOT NULL);\n',
};
const drop = { 'prisma/migrations/20240201000000_drop/migration.sql': `SET lock_timeout = '5s';\nDROP TABLE "t0";\n` };
const noComment = { comment: 'false' };
/** The summary as it reads once Markdown escapes are gone. */
const read = (run: DistRun) => run.summary.replace(/\\/g, '');

function expectVerdictFromFindings(run: DistRun): void {
  expect(run.exitCode).toBe(1);
  expect(run.outputs.regressive).toBe('true');
  expect(run.commands.filter((c) => c.command === 'warning')).toEqual([]);
  expect(run.summary).toMatch(/The verdict still comes from the findings/);
}

describe('failure notes from a real server', () => {
  it('names a TLS failure and the CA setting when the API presents a certificate the runner does not trust', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-tls-'));
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const github = new FakeGitHub({ tls: { key: fs.readFileSync(key, 'utf8'), cert: fs.readFileSync(cert, 'utf8') } });
    await github.start();
    try {
      const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, github, inputs: noComment });
      expect(github.calls).toEqual([]);
      expect(github.checkRuns).toEqual([]);
      expect(read(run)).toMatch(/Could not create the check run: the TLS connection to the API failed \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|self[- ]signed certificate)\): behind an inspecting proxy, give the runner its CA with NODE_EXTRA_CA_CERTS\./);
      expect(run.stdout).toMatch(/Could not create the check run: the TLS connection to the API failed/);
      expectVerdictFromFindings(run);

      // The same server is trusted once its CA is given, as the note says.
      const trusted = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, github, inputs: noComment, env: { NODE_EXTRA_CA_CERTS: cert } });
      expect(github.checkRuns).toHaveLength(1);
      expect(read(trusted)).not.toMatch(/Could not/);
    } finally {
      await github.stop();
    }
  });

  it('names a timeout, retries included, when the API never answers within BICKFORD_API_TIMEOUT_SECONDS', async () => {
    const run = await runDist({
      action: 'migration-score',
      repo: createFixtureRepo(base, drop),
      pr: { number: 3 },
      inputs: noComment,
      env: { BICKFORD_API_TIMEOUT_SECONDS: '1' },
      githubOptions: { failures: [{ method: 'POST', path: /\/check-runs$/, kind: 'hang', times: 100 }] },
    });
    // The first attempt and plugin-retry's three retries, each abandoned after a second.
    expect(run.github.callsTo('POST', /\/check-runs$/)).toHaveLength(4);
    expect(run.github.checkRuns).toEqual([]);
    expect(read(run)).toMatch(/Could not create the check run: the API did not answer in time \(no answer within 1 s\), retries included\./);
    expectVerdictFromFindings(run);
  });

  it('says the token is not valid on a 401, not that a permission is missing', async () => {
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, githubOptions: { failures: [{ path: /./, kind: '401', times: 100 }] } });
    expect(run.github.checkRuns).toEqual([]);
    expect(run.github.comments).toEqual([]);
    const summary = read(run);
    expect(summary).toMatch(/Could not create the check run: the token is not valid \(HTTP 401: Bad credentials\): it may have expired or been revoked\./);
    expect(summary).toMatch(/Could not update the pull-request comment: the token is not valid \(HTTP 401: Bad credentials\)/);
    expect(summary).not.toMatch(/Grant `/);
    // A 401 is not retried: one attempt per write.
    expect(run.github.callsTo('POST', /\/check-runs$/)).toHaveLength(1);
    expectVerdictFromFindings(run);
  });

  it('refuses a BICKFORD_API_TIMEOUT_SECONDS that is not a number of seconds, naming it', async () => {
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, env: { BICKFORD_API_TIMEOUT_SECONDS: '30s' } });
    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(/BICKFORD_API_TIMEOUT_SECONDS must be a number of seconds above 0 and at most 600 \(got '30s'\)/);
    expect(run.apiCalls).toEqual([]);
  });
});
