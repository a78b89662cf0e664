import Ajv, { type ValidateFunction } from 'ajv';

/**
 * GitHub's published REST description (@octokit/openapi, api.github.com) as a contract for the fake: each
 * request is matched to an operation, its path and query parameters and JSON body are validated against the
 * description's schemas, and answers start from the description's own examples.
 */
type Doc = { paths: Record<string, Record<string, any>>; components: Record<string, Record<string, any>> };

let doc: Doc | undefined;
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();
let routes: { method: string; template: string; regex: RegExp; names: string[] }[] | undefined;

function load(): Doc {
  if (!doc) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    doc = require('@octokit/openapi/generated/api.github.com.json') as Doc;
    // nullable is OpenAPI 3.0's; Ajv knows it. Formats and vendor keywords are descriptive only here.
    ajv = new Ajv({ strict: false, validateSchema: false, validateFormats: false, allErrors: true, discriminator: false });
    ajv.addSchema(doc as object, 'gh');
    routes = [];
    for (const [template, ops] of Object.entries(doc.paths)) {
      const names: string[] = [];
      // A parameter marked x-multi-segment (the file path of /contents/{path}) spans slashes, as Octokit sends it.
      const multi = new Set(
        Object.values(ops)
          .flatMap((op: any) => (Array.isArray(op?.parameters) ? op.parameters : []))
          .map((p: any) => resolve(p))
          .filter((p: any) => p?.in === 'path' && p['x-multi-segment'])
          .map((p: any) => p.name as string),
      );
      const regex = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, n) => (names.push(n), multi.has(n) ? '(.+)' : '([^/]+)'))}$`);
      for (const method of Object.keys(ops)) if (method !== 'parameters') routes.push({ method: method.toUpperCase(), template, regex, names });
    }
  }
  return doc;
}

const pointer = (path: string) => path.replace(/~/g, '~0').replace(/\//g, '~1');

function resolve(node: any): any {
  const d = load();
  while (node && typeof node.$ref === 'string') {
    node = node.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((p: string) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((n: any, key: string) => n?.[key], d);
  }
  return node;
}

function validator(ref: string): ValidateFunction {
  let v = compiled.get(ref);
  if (!v) {
    v = ajv!.compile({ $ref: `gh#${ref}` });
    compiled.set(ref, v);
  }
  return v;
}

function errorsOf(v: ValidateFunction): string {
  return (v.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : ''}`)
    .join('; ');
}

export interface ContractMatch {
  template: string;
  operationId: string;
  params: Record<string, string>;
  /** What about the request does not match the description (empty when it matches). */
  violations: string[];
}

/** The operation a request is, and whatever about it the description would refuse. */
export function checkRequest(method: string, url: URL, body: unknown): ContractMatch {
  load();
  const path = url.pathname;
  // A concrete segment beats a parameter: /pulls/comments is not /pulls/{pull_number}.
  const candidates = routes!.filter((r) => r.method === method && r.regex.test(path)).sort((a, b) => a.names.length - b.names.length);
  const route = candidates[0];
  if (!route) return { template: '', operationId: '', params: {}, violations: [`${method} ${path} is not an operation in GitHub's REST description`] };
  const op = doc!.paths[route.template][method.toLowerCase()];
  const values = route.regex.exec(path)!.slice(1).map(decodeURIComponent);
  const params = Object.fromEntries(route.names.map((n, i) => [n, values[i]]));
  const violations: string[] = [];
  const declared = (op.parameters ?? []).map(resolve) as { name: string; in: string; required?: boolean; schema?: any }[];
  for (const p of declared) {
    const raw = p.in === 'path' ? params[p.name] : p.in === 'query' ? url.searchParams.get(p.name) : undefined;
    if (p.in === 'query' && raw === null) {
      if (p.required) violations.push(`query parameter ${p.name} is required`);
      continue;
    }
    if (raw === undefined || raw === null) continue;
    const schema = resolve(p.schema) ?? {};
    const value = schema.type === 'integer' || schema.type === 'number' ? (/^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw) : schema.type === 'boolean' ? (raw === 'true' ? true : raw === 'false' ? false : raw) : raw;
    const v = ajv!.compile(schema);
    if (!v(value)) violations.push(`${p.in} parameter ${p.name}=${raw}: ${errorsOf(v)}`);
    // The description says max 100 in words only.
    if (p.name === 'per_page' && Number(raw) > 100) violations.push(`per_page=${raw} is over GitHub's maximum of 100`);
  }
  for (const key of url.searchParams.keys()) {
    if (!declared.some((p) => p.in === 'query' && p.name === key)) violations.push(`query parameter ${key} is not in the description of ${method} ${route.template}`);
  }
  const requestBody = resolve(op.requestBody);
  if (requestBody?.content?.['application/json']) {
    if (body === undefined && requestBody.required) violations.push('the request body is required');
    else if (body !== undefined) {
      const v = validator(`/paths/${pointer(route.template)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`);
      if (!v(body)) violations.push(`body: ${errorsOf(v)}`);
    }
  } else if (body !== undefined && method !== 'GET') {
    violations.push(`${method} ${route.template} takes no JSON body`);
  }
  return { template: route.template, operationId: op.operationId, params, violations: violations.map((v) => `${method} ${path}: ${v}`) };
}

/** The description's example answer for an operation and status (a deep copy), or {} when it has none. */
export function exampleResponse(method: string, template: string, status: number): any {
  load();
  const op = doc!.paths[template]?.[method.toLowerCase()];
  const content = resolve(op?.responses?.[String(status)])?.content?.['application/json'];
  if (!content) return {};
  const examples = content.examples ? Object.values(content.examples) : [];
  const value = examples.length > 0 ? resolve(examples[0]).value : content.example;
  return value === undefined ? {} : structuredClone(value);
}
