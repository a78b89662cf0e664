import * as path from 'node:path';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { runEngine } from '../../prisma-guard/test/harness';
import { computeSchemaHash } from '../src/events/schema-hash';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');

describe('computeSchemaHash', () => {
  it("gives the same hash as prisma-guard's schema-hash output, so either source links the same schema versions", async () => {
    const guard = await runEngine(EXAMPLES, { drift: 'skip' });
    const ledger = computeSchemaHash(new NodeRepoFs(EXAMPLES), 'packages/db/prisma/schema.prisma');
    expect(guard.outputs['schema-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(ledger).toBe(guard.outputs['schema-hash']);
  });

  it('names the path when it does not exist', () => {
    expect(() => computeSchemaHash(new NodeRepoFs(EXAMPLES), 'nope/schema.prisma')).toThrow(/schema-path nope\/schema.prisma does not exist/);
  });
});
