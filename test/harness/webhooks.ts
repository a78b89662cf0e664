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

function merge(base: unknown, over: unknown): unknown {
  if (over && typeof over === 'object' && !Array.isArray(over) && base && typeof base === 'object' && !Array.isArray(base)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
    return out;
  }
  return over === undefined ? base : over;
}

/** A payload for a webhook of the description (`pull-request-opened`, `issue-comment-created`, ...). */
export function webhookPayload(name: string, overrides: Record<string, unknown> = {}): Record<string, any> {
  const d = load();
  const hook = d.webhooks[name];
  if (!hook) throw new Error(`no webhook ${name} in GitHub's description`);
  const schema = hook.post.requestBody.content['application/json'].schema as Schema;
  const payload = merge(sample(schema), overrides) as Record<string, any>;
  const validate = ajv!.compile({ $ref: `wh#/webhooks/${name}/post/requestBody/content/application~1json/schema` });
  if (!validate(payload)) {
    throw new Error(`the ${name} payload does not match GitHub's webhook schema: ${(validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
  }
  return payload;
}
