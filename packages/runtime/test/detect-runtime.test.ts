import { assertNodeRuntime, getRuntimeContext, isEdgeRuntime, isNodeRuntime, RuntimeInvariantError } from '@bickford/runtime';
import { withGlobals } from './simulate';

describe('isNodeRuntime', () => {
  it('is true under plain Node.js', () => {
    expect(isNodeRuntime()).toBe(true);
    expect(isEdgeRuntime()).toBe(false);
  });

  it('is false when the EdgeRuntime global is present, even though Node versions are reported', () => {
    withGlobals({ EdgeRuntime: 'edge-runtime' }, () => {
      expect(isNodeRuntime()).toBe(false);
      expect(isEdgeRuntime()).toBe(true);
    });
  });
});

describe('isEdgeRuntime', () => {
  it('is true when Next.js sets NEXT_RUNTIME=edge', () => {
    withGlobals({ env: { NEXT_RUNTIME: 'edge' } }, () => expect(isEdgeRuntime()).toBe(true));
  });

  it('is false when Next.js runs the route on Node.js', () => {
    withGlobals({ env: { NEXT_RUNTIME: 'nodejs' } }, () => {
      expect(isEdgeRuntime()).toBe(false);
      expect(isNodeRuntime()).toBe(true);
    });
  });
});

describe('getRuntimeContext', () => {
  it('reports the runtime and the required variables that are unset or empty', () => {
    withGlobals({ env: { BICKFORD_T_SET: 'x', BICKFORD_T_EMPTY: '', BICKFORD_T_UNSET: undefined } }, () => {
      const ctx = getRuntimeContext(['BICKFORD_T_SET', 'BICKFORD_T_EMPTY', 'BICKFORD_T_UNSET']);
      expect(ctx).toMatchObject({ runtime: 'node', missing: ['BICKFORD_T_EMPTY', 'BICKFORD_T_UNSET'] });
    });
  });

  it('says edge and carries NEXT_RUNTIME on a Next.js edge route', () => {
    withGlobals({ env: { NEXT_RUNTIME: 'edge' } }, () => {
      expect(getRuntimeContext()).toMatchObject({ runtime: 'edge', nextRuntime: 'edge', missing: [] });
    });
  });
});

describe('assertNodeRuntime', () => {
  it('returns quietly under Node.js', () => {
    expect(() => assertNodeRuntime('the database client')).not.toThrow();
  });

  it('throws an invariant error naming the module and the runtime on the edge', () => {
    withGlobals({ EdgeRuntime: 'vercel' }, () => {
      let thrown: unknown;
      try {
        assertNodeRuntime('the database client');
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(RuntimeInvariantError);
      expect((thrown as Error).message).toMatch(/^Invariant failed: the database client needs the Node\.js runtime but is running on edge \(EdgeRuntime=vercel\)/);
    });
  });
});
