import type { RepoFs } from '@shared/io/repo-fs';
import type { ConfigValue, PrismaConfigInfo } from './types';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The variables prisma.config.ts would see: the job's environment, plus the package's .env when the
 * config loads dotenv (Prisma 7 no longer loads .env itself; dotenv never overrides a set variable).
 */
export function configEnv(fs: RepoFs, config: PrismaConfigInfo, env: Env): Env {
  if (!config.loadsDotenv) return env;
  const dir = config.file.includes('/') ? config.file.slice(0, config.file.lastIndexOf('/')) : '.';
  const file = dir === '.' ? '.env' : `${dir}/.env`;
  if (!fs.isFile(file)) return env;
  return { ...parseDotenv(fs.readText(file)), ...definedOnly(env) };
}

/** The KEY=value lines of a .env file, quotes removed; enough for the values Prisma configs read. */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(raw);
    if (!m) continue;
    let value = m[2];
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && value.endsWith(q) && value.length >= 2) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    out[m[1]] = value;
  }
  return out;
}

function definedOnly(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

/** The string a config value stands for in this environment, or undefined when it cannot be known. */
export function valueOf(value: ConfigValue | undefined, env: Env): string | undefined {
  if (!value) return undefined;
  if (value.kind === 'literal') return value.value;
  if (value.kind === 'env') return env[value.name] || value.fallback;
  return undefined;
}
