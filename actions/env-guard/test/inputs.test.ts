import { InputReader, MapInputSource } from '@shared/config/input-reader';
import { readEnvGuardInputs } from '../src/inputs';

const read = (values: Record<string, unknown>) => readEnvGuardInputs(new InputReader([new MapInputSource('input', values)]));

describe('readEnvGuardInputs', () => {
  it('defaults to inference on, unused reported, and empty lists', () => {
    expect(read({})).toEqual({ required: [], allow: [], frameworkInference: true, reportUnused: true, ignore: [], readers: new Map() });
  });

  it('reads lists given as lines, commas or YAML sequences', () => {
    expect(read({ required: 'DATABASE_URL\nREDIS_URL', allow: 'LOCAL_*, DEBUG', ignore: ['scripts/**'] })).toMatchObject({
      required: ['DATABASE_URL', 'REDIS_URL'],
      allow: ['LOCAL_*', 'DEBUG'],
      ignore: ['scripts/**'],
    });
  });

  it('rejects a boolean input that is not true or false, naming it', () => {
    expect(() => read({ 'framework-inference': 'maybe' })).toThrow(/framework-inference must be true or false, got 'maybe'/);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(read({}))).toBe(true);
  });
});
