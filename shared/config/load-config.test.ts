import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeRepoFs } from '../io/repo-fs';
import type { ConfigurationError } from '../errors';
import { InputReader, MapInputSource } from './input-reader';
import { configSource, loadConfig } from './load-config';

function repoWith(config: string | undefined): NodeRepoFs {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-config-'));
  if (config !== undefined) fs.writeFileSync(path.join(dir, '.bickford.yml'), config);
  return new NodeRepoFs(dir);
}

describe('loadConfig', () => {
  it('returns no sections and no errors when the default file is absent', () => {
    expect(loadConfig(repoWith(undefined), undefined)).toEqual({ sections: {}, errors: [] });
  });

  it('reports a missing file that was named explicitly', () => {
    expect(loadConfig(repoWith(undefined), 'ci/bickford.yml').errors[0].message).toBe('config file ci/bickford.yml does not exist');
  });

  it('reports YAML syntax errors with their line', () => {
    const { errors } = loadConfig(repoWith('migration-score:\n  max-risk: [0.3\n'), undefined);
    expect(errors[0].file).toBe('.bickford.yml');
    expect(errors[0].line).toBeGreaterThanOrEqual(2);
  });

  it('points at an unknown section with its line and column', () => {
    const { errors } = loadConfig(repoWith('# settings\nmigration-scor:\n  max-risk: 0.3\n'), undefined);
    expect(errors).toEqual([{ message: expect.stringMatching(/^unknown key 'migration-scor' \(sections: .*migration-score/), file: '.bickford.yml', line: 2, column: 1 }]);
  });

  it('points at a value of the wrong shape, and returns the sections of a good file', () => {
    const bad = loadConfig(repoWith('edge-guard:\n  fail-on:\n    level: error\n'), undefined);
    expect(bad.errors).toEqual([{ message: 'edge-guard.fail-on must be a string, a number, true/false or a list', file: '.bickford.yml', line: 3, column: 5 }]);
    const good = loadConfig(repoWith('migration-score:\n  max-risk: 0.3\n  paths: [a, b]\n'), undefined);
    expect(good).toEqual({ file: '.bickford.yml', sections: { 'migration-score': { 'max-risk': 0.3, paths: ['a', 'b'] } }, errors: [], locate: expect.any(Function) });
    // Where a value and a list item are written, for findings about a value (edge-guard's unmatched entries).
    expect(good.locate?.('migration-score', 'max-risk')).toEqual({ line: 2, column: 13 });
    expect(good.locate?.('migration-score', 'paths')).toEqual({ line: 3, column: 10 });
    expect(good.locate?.('migration-score', 'paths', 1)).toEqual({ line: 3, column: 14 });
  });
});

describe('configSource', () => {
  const refused = (yaml: string, read: (r: InputReader) => unknown) => {
    try {
      read(new InputReader([configSource(loadConfig(repoWith(yaml), undefined), 'migration-score')]));
    } catch (e) {
      return e as ConfigurationError;
    }
    throw new Error('the value was accepted');
  };

  it('reports a value the guard refuses at its line and column, as a syntax error is', () => {
    const e = refused('# risk budget\nmigration-score:\n  fail-on: error\n  max-risk: high\n', (r) => r.number('max-risk', 0.5, { min: 0, max: 1 }));
    expect(e.message).toBe("max-risk must be a number from 0 to 1, got 'high' (from .bickford.yml:4:13)");
    expect(e.location).toEqual({ file: '.bickford.yml', line: 4, column: 13 });
  });

  it('locates booleans, choices and values in flow mappings', () => {
    expect(refused('migration-score: { all: maybe }\n', (r) => r.boolean('all', false)).location).toEqual({ file: '.bickford.yml', line: 1, column: 25 });
    expect(refused('migration-score:\n  fail-on:   always\n', (r) => r.oneOf('fail-on', ['error', 'warning', 'never'], 'error')).location).toEqual({ file: '.bickford.yml', line: 2, column: 14 });
  });

  it('leaves a flag without a position: it was not written in a file', () => {
    const config = loadConfig(repoWith('migration-score:\n  max-risk: 0.3\n'), undefined);
    const reader = new InputReader([new MapInputSource('flag', { 'max-risk': 'x' }), configSource(config, 'migration-score')]);
    expect(() => reader.number('max-risk', 0.5)).toThrow("max-risk must be a number, got 'x' (from flag)");
  });
});
