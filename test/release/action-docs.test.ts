import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'gen-action-docs.mjs');

function gen(args: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function tree(actionYml: string, readme?: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-docs-'));
  fs.mkdirSync(path.join(root, 'actions', 'demo'), { recursive: true });
  fs.writeFileSync(path.join(root, 'actions', 'demo', 'action.yml'), actionYml);
  if (readme !== undefined) fs.writeFileSync(path.join(root, 'actions', 'demo', 'README.md'), readme);
  return root;
}

const ACTION = `name: Demo
description: A demo action.
inputs:
  max-risk:
    description: |
      Highest risk allowed,
      from 0 to 1 | inclusive.
    required: false
  token:
    description: A token.
    default: \${{ github.token }}
outputs:
  risk-score:
    description: The worst score.
runs:
  using: node24
  main: dist/index.js
`;

describe('gen-action-docs', () => {
  it('finds every action README in this repository in step with its action.yml', () => {
    const run = gen(['--check']);
    expect(run.output).not.toMatch(/differ/);
    expect(run.status).toBe(0);
  });

  it('creates a README with both tables when there is none', () => {
    const root = tree(ACTION);
    expect(gen(['--root', root]).status).toBe(0);
    const readme = fs.readFileSync(path.join(root, 'actions', 'demo', 'README.md'), 'utf8');
    expect(readme).toContain('| `max-risk` | Highest risk allowed, from 0 to 1 \\| inclusive. |  | no |');
    expect(readme).toContain('| `token` | A token. | `${{ github.token }}` | no |');
    expect(readme).toContain('| `risk-score` | The worst score. |');
    expect(gen(['--root', root, '--check']).status).toBe(0);
  });

  it('fails the check, naming the README, when action.yml gains an input', () => {
    const root = tree(ACTION);
    gen(['--root', root]);
    fs.writeFileSync(path.join(root, 'actions', 'demo', 'action.yml'), ACTION.replace('outputs:', '  extra:\n    description: New.\noutputs:'));
    const run = gen(['--root', root, '--check']);
    expect(run.status).toBe(1);
    expect(run.output).toContain('actions/demo/README.md');
  });

  it('fails the check when a README is missing', () => {
    const run = gen(['--root', tree(ACTION), '--check']);
    expect([run.status, run.output.includes('actions/demo/README.md (missing)')]).toEqual([1, true]);
  });

  it('replaces only the text between the markers', () => {
    const root = tree(ACTION, '# Demo\n\nHand-written intro.\n\n<!-- inputs:start -->\nold\n<!-- inputs:end -->\n\nHand-written outro.\n');
    gen(['--root', root]);
    const readme = fs.readFileSync(path.join(root, 'actions', 'demo', 'README.md'), 'utf8');
    expect(readme).toMatch(/^# Demo\n\nHand-written intro\.\n\n<!-- inputs:start -->\n[\s\S]*`max-risk`[\s\S]*<!-- inputs:end -->\n\nHand-written outro\.\n\n## Outputs\n/);
    expect(readme).not.toContain('\nold\n');
  });
});
