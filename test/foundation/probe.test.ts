import { createFixtureRepo } from '../harness/fixture-repo';
import { FakeGitHub } from '../harness/fake-github';
import { runDist } from '../harness/run-dist';

const files = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}.txt`, 'x']));

describe('probe', () => {
  it('sticky + batches', async () => {
    const repo = createFixtureRepo({ 'README.md': 'x' }, files(120));
    const github = new FakeGitHub();
    await github.start();
    const first = await runDist({ action: 'probe', repo, pr: { number: 7 }, github });
    const second = await runDist({ action: 'probe', repo, pr: { number: 7 }, github });
    await github.stop();
    console.log(first.stderr, first.stdout.slice(0, 500));
    expect(github.comments).toHaveLength(1);
    expect(github.callsTo('POST', /check-runs$/)).toHaveLength(2);
    expect(github.callsTo('PATCH', /check-runs\/\d+$/).map((c) => c.body.output.annotations.length)).toEqual([50, 20, 50, 20]);
    expect(second.exitCode).toBe(1);
    expect(first.commands.filter((c) => c.command === 'error' && c.properties.file)).toHaveLength(10);
  });
  it('403', async () => {
    const repo = createFixtureRepo({ 'README.md': 'x' }, files(1));
    const run = await runDist({ action: 'probe', repo, pr: { number: 7, fork: true }, githubOptions: { denyWrites: 403 } });
    console.log(run.summary, run.stdout);
    expect(run.exitCode).toBe(1);
  });
});
