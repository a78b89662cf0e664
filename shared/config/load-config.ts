import Ajv from 'ajv';
import { isMap, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';

type YamlMap = YAMLMap<unknown, unknown>;
import { LineIndex } from '../findings/positions';
import type { RepoFs } from '../io/repo-fs';
import configSchema from './bickford.schema.json';

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
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(configSchema);

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
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((e) => {
      const segments = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      const extra = e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : undefined;
      const node = nodeAt(doc.contents as YamlNode | null, extra ? [...segments, extra] : segments, Boolean(extra));
      const where = [...segments, ...(extra ? [extra] : [])].join('.') || '(top level)';
      const message = extra ? `unknown key '${where}'` : `${where} ${e.message ?? 'is invalid'}`;
      return { message, file: path, ...at(node?.range?.[0]) };
    });
    return { file: path, sections: {}, errors };
  }
  return { file: path, sections: value as Record<string, Record<string, unknown>>, errors: [] };
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
