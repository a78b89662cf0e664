import * as path from 'node:path';
import { brief, runOn } from './engine-context';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');

describe('runEnvGuard on examples/', () => {
  it('reports the one DEMO read in packages/config and no other undeclared read', async () => {
    const result = await runOn(EXAMPLES);
    const undeclared = brief(result).filter((l) => l.startsWith('env-undeclared-read'));
    expect(undeclared).toEqual([expect.stringMatching(/^env-undeclared-read FEATURE_FLAGS packages\/config\/src\/index\.ts:\d+:\d+$/)]);
    expect(result.findings.find((f) => f.ruleId === 'env-undeclared-read')!.message).toContain('`build` task in turbo.json');
  });
});
