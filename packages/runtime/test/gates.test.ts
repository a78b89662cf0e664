import { gatePrismaContext, gateRequiredEnvs, type Finding } from '@bickford/runtime';
import { withGlobals } from './simulate';

describe('gatePrismaContext', () => {
  it('allows a Prisma action under Node.js', () => {
    expect(gatePrismaContext('createUser', 'app/api/users/route.ts')).toBeNull();
  });

  it('denies a Prisma action on the edge with a finding located where the gate was called', () => {
    const denial = withGlobals({ EdgeRuntime: 'edge-runtime' }, () => gatePrismaContext('createUser', { file: 'app/api/users/route.ts', line: 12, column: 3 }));
    const asFinding: Finding | null = denial;
    expect(asFinding).toMatchObject({
      ruleId: 'runtime-prisma-on-edge',
      severity: 'error',
      location: { file: 'app/api/users/route.ts', line: 12, column: 3 },
      properties: { action: 'createUser' },
    });
    expect(denial!.message).toContain('createUser uses Prisma');
    expect(denial!.help).toContain("runtime = 'nodejs'");
  });

  it('gives the same fingerprint when the call moves to another line and a different one for another action', () => {
    const at = (line: number) => ({ file: 'app/a.ts', line, column: 1 });
    const [a, b, c] = withGlobals({ EdgeRuntime: 'edge-runtime' }, () => [gatePrismaContext('x', at(1)), gatePrismaContext('x', at(40)), gatePrismaContext('y', at(1))]);
    expect(a!.fingerprint).toBe(b!.fingerprint);
    expect(a!.fingerprint).not.toBe(c!.fingerprint);
  });
});

describe('gateRequiredEnvs', () => {
  it('returns null when every variable is set', () => {
    withGlobals({ env: { BICKFORD_G_A: '1', BICKFORD_G_B: '2' } }, () => expect(gateRequiredEnvs(['BICKFORD_G_A', 'BICKFORD_G_B'])).toBeNull());
  });

  it('names the missing variables and never carries a value', () => {
    const denial = withGlobals({ env: { BICKFORD_G_A: 'super-secret-value', BICKFORD_G_B: undefined, BICKFORD_G_C: '' } }, () =>
      gateRequiredEnvs(['BICKFORD_G_A', 'BICKFORD_G_B', 'BICKFORD_G_C'], 'lib/db.ts'),
    );
    expect(denial).toMatchObject({ ruleId: 'env-required-missing', location: { file: 'lib/db.ts', line: 1 }, properties: { missing: ['BICKFORD_G_B', 'BICKFORD_G_C'] } });
    expect(denial!.message).toContain('BICKFORD_G_B, BICKFORD_G_C are not set');
    expect(JSON.stringify(denial)).not.toContain('super-secret-value');
    expect(denial!.docsUrl).toMatch(/docs\/rules\/env-required-missing\.md$/);
  });
});
