import { isMap, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';

type YamlMap = YAMLMap<unknown, unknown>;
import { LineIndex } from '../findings/positions';
import type { RepoFs } from '../io/repo-fs';
import configSchema from './bickford.schema.json';
import { MapInputSource } from './input-reader';

export const DEFAULT_CONFIG_FILE = '.bickford.yml';
export const CONFIG_DOCS = 'https://github.com/bickford/actions#configuration';

export interface ConfigIssue {
  message: string;
  file: string;
  line?: number;
  column?: number;
}

/** The parsed file: a section per guard. Problems are returned, not thrown: each front end decides how to print them. */
export interface LoadedConfig {
  file?: string;
  sections: Record<string, Record<string, unknown>>;
  errors: ConfigIssue[];
  /**
   * Where `section.key`'s value (or its list's item) is written in the file: a value the guard refuses
   * (`max-risk: high`) and a finding about a value (edge-guard's unmatched entries) are reported there.
   */
  locate?(section: string, key: string, item?: number): { line: number; column: number } | undefined;
}

/** A guard's section as an input source whose bad values are reported at their line and column in the file. */
export function configSource(config: LoadedConfig, guard: string): MapInputSource {
  return new MapInputSource(config.file ?? DEFAULT_CONFIG_FILE, config.sections[guard] ?? {}, config.locate && ((name, item) => config.locate?.(guard, name, item)));
}

interface SchemaProblem {
  /** Keys from the top of the file to the offending node. */
  path: string[];
  message: string;
  /** The problem is the key itself (unknown), not its value. */
  atKey: boolean;
}

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * Checks the file against bickford.schema.json (generated from the actions' action.yml): known sections,
 * known keys, scalar or list values. A walk this small needs no JSON-schema engine, and compiling one cost
 * every action run about 170 ms at start-up.
 */
function checkAgainstSchema(value: unknown): SchemaProblem[] {
  if (value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [{ path: [], message: 'the file must be a mapping of guard names to sections', atKey: false }];
  const problems: SchemaProblem[] = [];
  const sections = configSchema.properties as Record<string, { properties: Record<string, unknown> }>;
  for (const [guard, section] of Object.entries(value as Record<string, unknown>)) {
    const known = sections[guard];
    if (!known) {
      problems.push({ path: [guard], message: `unknown key '${guard}' (sections: ${Object.keys(sections).join(', ')})`, atKey: true });
      continue;
    }
    if (section === null) continue;
    if (typeof section !== 'object' || Array.isArray(section)) {
      problems.push({ path: [guard], message: `${guard} must be a mapping of input names to values`, atKey: false });
      continue;
    }
    for (const [key, v] of Object.entries(section as Record<string, unknown>)) {
      if (!(key in known.properties)) problems.push({ path: [guard, key], message: `unknown key '${guard}.${key}'`, atKey: true });
      else if (!(isScalar(v) || v === null || (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))))
        problems.push({ path: [guard, key], message: `${guard}.${key} must be a string, a number, true/false or a list`, atKey: false });
    }
  }
  return problems;
}

/** Reads `.bickford.yml` (or the given file). A missing default file is fine; a missing named file is an error. */
export function loadConfig(fs: RepoFs, file: string | undefined): LoadedConfig {
  const path = file ?? DEFAULT_CONFIG_FILE;
  if (!fs.isFile(path)) {
    if (file === undefined) return { sections: {}, errors: [] };
    return { file: path, sections: {}, errors: [{ message: `config file ${path} does not exist`, file: path }] };
  }
  const text = fs.readText(path);
  const index = new LineIndex(text);
  const at = (offset: number | undefined) => (offset === undefined ? {} : index.positionOfChar(offset));
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    return { file: path, sections: {}, errors: doc.errors.map((e) => ({ message: `YAML: ${e.message.split('\n')[0]}`, file: path, ...at(e.pos[0]) })) };
  }
  const value = (doc.toJS() ?? {}) as unknown;
  const problems = checkAgainstSchema(value);
  if (problems.length > 0) {
    const errors = problems.map((p) => ({ message: p.message, file: path, ...at(nodeAt(doc.contents as YamlNode | null, p.path, p.atKey)?.range?.[0]) }));
    return { file: path, sections: {}, errors };
  }
  const locate = (section: string, key: string, item?: number) => {
    const root = doc.contents as YamlNode | null;
    const path = item === undefined ? [section, key] : [section, key, String(item)];
    // The value's own node; a key written with no value (`max-risk:`) is located at the key.
    const offset = (nodeAt(root, path, false) ?? nodeAt(root, path, true))?.range?.[0];
    return offset === undefined ? undefined : index.positionOfChar(offset);
  };
  return { file: path, sections: (value ?? {}) as Record<string, Record<string, unknown>>, errors: [], locate };
}

/** The YAML node at a path; for an unknown key, the key node itself so the error points at the key. */
function nodeAt(root: YamlNode | null, segments: string[], wantKey: boolean): YamlNode | undefined {
  let node: YamlNode | null | undefined = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (isMap(node)) {
      const map: YamlMap = node;
      const pair = map.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === seg);
      if (!pair) return map;
      node = (i === segments.length - 1 && wantKey ? pair.key : pair.value) as YamlNode;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)] as YamlNode;
    } else {
      return node ?? undefined;
    }
  }
  return node ?? undefined;
}
