import { EnvInputSource, InputReader, MapInputSource } from './input-reader';

describe('InputReader', () => {
  const reader = (env: Record<string, string>, config: Record<string, unknown> = {}) =>
    new InputReader([new EnvInputSource(env), new MapInputSource('.bickford.yml', config)]);

  it('reads INPUT_ variables with hyphens kept, as the runner sets them', () => {
    expect(reader({ 'INPUT_MAX-RISK': '0.3' }).number('max-risk', 0.5, { min: 0, max: 1 })).toBe(0.3);
  });

  it('names the input, the accepted range and the value when a number is wrong', () => {
    expect(() => reader({ 'INPUT_MAX-RISK': 'abc' }).number('max-risk', 0.5, { min: 0, max: 1 })).toThrow(
      "max-risk must be a number from 0 to 1, got 'abc' (from input)",
    );
    expect(() => reader({ 'INPUT_MAX-RISK': '1.5' }).number('max-risk', 0.5, { min: 0, max: 1 })).toThrow(/from 0 to 1, got '1.5'/);
  });

  it('lets an input override the config file, and the config file override the default', () => {
    expect(reader({ 'INPUT_FAIL-ON': 'warning' }, { 'fail-on': 'never' }).oneOf('fail-on', ['error', 'warning', 'never'], 'error')).toBe('warning');
    expect(reader({}, { 'fail-on': 'never' }).oneOf('fail-on', ['error', 'warning', 'never'], 'error')).toBe('never');
    expect(reader({ 'INPUT_FAIL-ON': '' }).oneOf('fail-on', ['error', 'warning', 'never'], 'error')).toBe('error');
  });

  it('says which file a bad config value came from', () => {
    expect(() => reader({}, { comment: 'maybe' }).boolean('comment', true)).toThrow("comment must be true or false, got 'maybe' (from .bickford.yml)");
  });

  it('reads lists from lines, commas or YAML sequences', () => {
    expect(reader({ INPUT_PATHS: 'a/**\n b/*.sql, c' }).list('paths')).toEqual(['a/**', 'b/*.sql', 'c']);
    expect(reader({}, { paths: ['x', 'y'] }).list('paths')).toEqual(['x', 'y']);
  });
});
