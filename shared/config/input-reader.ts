import { ConfigurationError } from '../errors';

/**
 * Where raw input values come from: the runner's INPUT_* variables, the CLI's flags, or a
 * `.bickford.yml` section. Each returns undefined for "not given"; an empty string counts as not given,
 * as the runner sends empty strings for inputs the workflow did not set.
 */
export interface InputSource {
  /** Name shown in errors, e.g. `input`, `flag`, `.bickford.yml`. */
  readonly kind: string;
  get(name: string): string | string[] | number | boolean | undefined;
  /** Where the value (or the list's item) is written, for sources that are files (`.bickford.yml`): a bad value's error points there. */
  locate?(name: string, item?: number): { line: number; column: number } | undefined;
}

/** Which source gave an input, and where it is written when that source is a file: what a finding about the value points at. */
export interface InputOrigin {
  /** The source's kind: `input`, `flag`, or the config file's path. */
  from: string;
  /** The value in the config file (guard-root-relative file). */
  location?: { file: string; line: number; column: number };
  /** Each list item's place in the config file, in order. */
  items?: ({ file: string; line: number; column: number } | undefined)[];
}

// Each action's README lists its inputs; the Configuration section says how inputs and .bickford.yml combine.
const DOCS = 'https://github.com/bickford/actions#configuration';

/**
 * Typed reads with errors that name the input and the accepted values. Sources are tried in order
 * (inputs before config), so an input overrides the config file.
 */
export class InputReader {
  constructor(private readonly sources: InputSource[]) {}

  private raw(name: string): { value: string | string[] | number | boolean; from: string; at?: { file: string; line: number; column: number } } | undefined {
    for (const source of this.sources) {
      const v = source.get(name);
      if (v === undefined || v === '') continue;
      const p = source.locate?.(name);
      return { value: v, from: source.kind, at: p && { file: source.kind, ...p } };
    }
    return undefined;
  }

  /** Where the value of `name` came from; undefined when no source gives it (the default applies). */
  origin(name: string): InputOrigin | undefined {
    const source = this.sources.find((s) => {
      const v = s.get(name);
      return v !== undefined && v !== '';
    });
    if (!source) return undefined;
    const at = (item?: number) => {
      const p = source.locate?.(name, item);
      return p ? { file: source.kind, ...p } : undefined;
    };
    const value = source.get(name);
    return { from: source.kind, location: at(), ...(Array.isArray(value) && source.locate ? { items: value.map((_, i) => at(i)) } : {}) };
  }

  private fail(name: string, r: { from: string; at?: { file: string; line: number; column: number } }, expected: string, got: unknown): never {
    const from = r.at ? `${r.at.file}:${r.at.line}:${r.at.column}` : r.from;
    throw new ConfigurationError(`${name} must be ${expected}, got '${String(got)}' (from ${from})`, DOCS, r.at);
  }

  string(name: string, fallback?: string): string | undefined {
    const r = this.raw(name);
    if (!r) return fallback;
    if (Array.isArray(r.value)) return r.value.join('\n');
    return String(r.value).trim();
  }

  boolean(name: string, fallback: boolean): boolean {
    const r = this.raw(name);
    if (!r) return fallback;
    if (typeof r.value === 'boolean') return r.value;
    const s = String(r.value).trim().toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(s)) return true;
    if (['false', 'no', 'off', '0'].includes(s)) return false;
    return this.fail(name, r, 'true or false', r.value);
  }

  number(name: string, fallback: number, range: { min?: number; max?: number; integer?: boolean } = {}): number {
    const r = this.raw(name);
    if (!r) return fallback;
    const n = typeof r.value === 'number' ? r.value : Number(String(r.value).trim());
    const { min, max, integer } = range;
    const expected =
      `${integer ? 'a whole number' : 'a number'}` +
      (min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : max !== undefined ? ` of at most ${max}` : '');
    if (typeof r.value === 'boolean' || String(r.value).trim() === '' || !Number.isFinite(n)) return this.fail(name, r, expected, r.value);
    if ((min !== undefined && n < min) || (max !== undefined && n > max) || (integer && !Number.isInteger(n))) return this.fail(name, r, expected, r.value);
    return n;
  }

  oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
    const r = this.raw(name);
    if (!r) return fallback;
    const s = String(r.value).trim();
    if ((values as readonly string[]).includes(s)) return s as T;
    return this.fail(name, r, `one of ${values.join(', ')}`, r.value);
  }

  /** A list given as lines or commas (inputs) or as a YAML sequence (config). */
  list(name: string, fallback: string[] = []): string[] {
    const r = this.raw(name);
    if (!r) return fallback;
    const items = Array.isArray(r.value) ? r.value.map(String) : String(r.value).split(/[\n,]/);
    return items.map((s) => s.trim()).filter((s) => s !== '');
  }
}

/** The runner's protocol: INPUT_ + the name upper-cased with spaces as underscores; hyphens are kept. */
export class EnvInputSource implements InputSource {
  readonly kind = 'input';
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}
  get(name: string): string | undefined {
    return this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  }
}

export class MapInputSource implements InputSource {
  constructor(
    readonly kind: string,
    private readonly values: Record<string, unknown>,
    /** The place of a value (or a list item) in the file `kind` names, when the values come from one. */
    private readonly where?: (name: string, item?: number) => { line: number; column: number } | undefined,
  ) {}
  locate(name: string, item?: number): { line: number; column: number } | undefined {
    return this.where?.(name, item);
  }
  get(name: string): string | string[] | number | boolean | undefined {
    const v = this.values[name];
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v)) return v.map(String);
    if (typeof v === 'number' || typeof v === 'boolean') return v;
    return String(v);
  }
}
