import Ajv from 'ajv';

/**
 * Event payloads built from GitHub's webhook description (@octokit/openapi-webhooks): the smallest payload
 * the schema accepts (every required field, first enum value, first non-null alternative), the test's fields
 * laid over it, and the result validated against the schema, so a payload a test uses is one GitHub could send.
 */
type Schema = Record<string, any>;
let doc: { webhooks: Record<string, any>; components: Record<string, Record<string, Schema>> } | undefined;
let ajv: Ajv | undefined;

function load() {
  if (!doc) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    doc = require('@octokit/openapi-webhooks/generated/api.github.com.json');
    ajv = new Ajv({ strict: false, validateSchema: false, validateFormats: false, allErrors: true });
    ajv.addSchema(doc as object, 'wh');
  }
  return doc!;
}

function resolve(s: Schema | undefined): Schema | undefined {
  while (s && typeof s.$ref === 'string') s = load().components.schemas[s.$ref.replace('#/components/schemas/', '')];
  return s;
}

function sample(schema: Schema | undefined, depth = 0): unknown {
  const s = resolve(schema);
  if (!s || depth > 40) return null;
  if (s.allOf) return Object.assign({}, ...s.allOf.map((x: Schema) => sample(x, depth + 1)));
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives) return sample(alternatives.map(resolve).find((x: Schema) => x?.type !== 'null') ?? alternatives[0], depth + 1);
  if (s.enum) return s.enum.find((v: unknown) => v !== null) ?? null;
  if (s.const !== undefined) return s.const;
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) out[key] = sample(s.properties?.[key], depth + 1);
      return out;
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'string':
      return s.format === 'date-time' ? '2026-01-01T00:00:00Z' : s.format === 'uri' || s.format === 'uri-template' ? 'https://github.com/acme/monorepo' : 'x';
    default:
      return s.properties ? sample({ ...s, type: 'object' }, depth) : null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** The alternative of a oneOf/anyOf that a value of this shape takes (an object, an array), else the one sample() takes. */
function alternative(alternatives: Schema[], value: unknown): Schema | undefined {
  const resolved = alternatives.map(resolve).filter(Boolean) as Schema[];
  const typeOf = (x: Schema) => (Array.isArray(x.type) ? x.type : [x.type ?? (x.properties || x.allOf ? 'object' : undefined)]);
  const wanted = Array.isArray(value) ? 'array' : isObject(value) ? 'object' : undefined;
  return (wanted && resolved.find((x) => typeOf(x).includes(wanted))) ?? resolved.find((x) => x.type !== 'null') ?? resolved[0];
}

/** The schema of `key` in objects described by `schema`: its properties, its allOf members', or its alternative's. */
function propertyOf(schema: Schema | undefined, key: string, value: unknown): Schema | undefined {
  const s = resolve(schema);
  if (!s) return undefined;
  if (s.properties?.[key]) return s.properties[key];
  for (const part of s.allOf ?? []) {
    const found = propertyOf(part, key, value);
    if (found) return found;
  }
  const alternatives = s.oneOf ?? s.anyOf;
  return alternatives ? propertyOf(alternative(alternatives, { [key]: value }), key, value) : undefined;
}

function itemsOf(schema: Schema | undefined): Schema | undefined {
  const s = resolve(schema);
  if (!s) return undefined;
  if (s.items) return s.items;
  for (const part of s.allOf ?? []) {
    const found = itemsOf(part);
    if (found) return found;
  }
  const alternatives = s.oneOf ?? s.anyOf;
  return alternatives ? itemsOf(alternative(alternatives, [])) : undefined;
}

/**
 * The test's fields laid over the sample, guided by the schema: an object the sample lacks (an optional field)
 * and every element of an array the test gives start from the schema's own sample, so a test names only the
 * fields it is about and the rest is what GitHub would send.
 */
function merge(schema: Schema | undefined, base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (Array.isArray(over)) {
    const items = itemsOf(schema);
    return over.map((o) => (isObject(o) && items ? merge(items, sample(items), o) : o));
  }
  if (isObject(over)) {
    const start = isObject(base) ? base : schema ? sample(schema) : undefined;
    const out: Record<string, unknown> = isObject(start) ? { ...start } : {};
    for (const [k, v] of Object.entries(over)) out[k] = merge(propertyOf(schema, k, v), out[k], v);
    return out;
  }
  return over;
}

const validators = new Map<string, ReturnType<Ajv['compile']>>();

function validatorFor(name: string) {
  load();
  let v = validators.get(name);
  if (!v) {
    v = ajv!.compile({ $ref: `wh#/webhooks/${name}/post/requestBody/content/application~1json/schema` });
    validators.set(name, v);
  }
  return v;
}

/** A payload for a webhook of the description (`pull-request-opened`, `issue-comment-created`, ...). */
export function webhookPayload(name: string, overrides: Record<string, unknown> = {}): Record<string, any> {
  const d = load();
  const hook = d.webhooks[name];
  if (!hook) throw new Error(`no webhook ${name} in GitHub's description`);
  const schema = hook.post.requestBody.content['application/json'].schema as Schema;
  const payload = merge(schema, sample(schema), overrides) as Record<string, any>;
  const problems = webhookProblems(name, payload);
  if (problems.length > 0) throw new Error(`the ${name} payload does not match GitHub's webhook schema: ${problems.join('; ')}`);
  return payload;
}

/** The description's webhook for an event as the runner names it (GITHUB_EVENT_NAME) and its payload's action. */
export function webhookName(eventName: string, payload: Record<string, unknown>): string | undefined {
  const d = load();
  const event = eventName.replace(/_/g, '-');
  const withAction = typeof payload.action === 'string' ? `${event}-${payload.action.replace(/_/g, '-')}` : undefined;
  return [withAction, event].find((n): n is string => n !== undefined && d.webhooks[n] !== undefined);
}

/** What about an event payload GitHub's webhook schema refuses (empty when it matches). */
export function webhookProblems(name: string, payload: unknown): string[] {
  if (!load().webhooks[name]) return [`no webhook ${name} in GitHub's description`];
  const validate = validatorFor(name);
  return validate(payload) ? [] : (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
}
