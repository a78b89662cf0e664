import picomatch from 'picomatch';
import type { PrismaClientOutput } from './prisma-outputs';
import { builtinName, splitPackage } from './resolver';
import { isEdgeClientSpecifier } from './scan-module';

/** The five Node built-ins the edge runtime provides. https://nextjs.org/docs/app/api-reference/edge#unsupported-apis */
export const EDGE_BUILTINS = new Set(['buffer', 'events', 'assert', 'util', 'async_hooks']);

/** Drivers that open TCP sockets or load native code: they cannot run on the edge. */
export const SOCKET_DRIVERS = new Set([
  'pg', 'pg-native', 'pg-pool', 'pg-cursor', 'pg-query-stream', 'postgres', 'mysql', 'mysql2', 'mariadb', 'tedious', 'mssql',
  'oracledb', 'mongodb', 'ioredis', 'redis', 'better-sqlite3', 'sqlite3',
  '@prisma/adapter-pg', '@prisma/adapter-mariadb', '@prisma/adapter-mssql', '@prisma/adapter-better-sqlite3',
]);

const PRISMA_PACKAGES = new Set(['@prisma/client', '.prisma/client']);

export type Verdict =
  | { kind: 'allowed' }
  | { kind: 'builtin'; name: string }
  | { kind: 'driver'; name: string }
  | { kind: 'prisma'; module: string }
  | { kind: 'denied'; pattern: string }
  | undefined;

/**
 * Classifies an import by what it is, before and after resolution: allow wins over everything, then deny,
 * then the built-in, driver and Prisma lists. `undefined` means ordinary code to follow.
 */
export class ForbiddenModules {
  private readonly allowMatch: (spec: string, file?: string) => string | undefined;
  private readonly denyMatch: (spec: string, file?: string) => string | undefined;
  // A repository imports the same few hundred specifiers thousands of times: decide each once per run.
  private readonly specVerdicts = new Map<string, Verdict>();
  private readonly fileVerdicts = new Map<string, Verdict>();

  constructor(
    allow: string[],
    deny: string[],
    private readonly prismaOutputs: PrismaClientOutput[],
  ) {
    this.allowMatch = matcher(allow);
    this.denyMatch = matcher(deny);
  }

  /** Before resolution: decided by the specifier alone. */
  bySpecifier(spec: string): Verdict {
    if (this.specVerdicts.has(spec)) return this.specVerdicts.get(spec);
    const verdict = this.classifySpecifier(spec);
    this.specVerdicts.set(spec, verdict);
    return verdict;
  }

  /** After resolution: path globs in allow/deny, and generated Prisma clients. */
  byFile(spec: string, file: string): Verdict {
    const key = `${spec}\0${file}`;
    if (this.fileVerdicts.has(key)) return this.fileVerdicts.get(key);
    const verdict = this.classifyFile(spec, file);
    this.fileVerdicts.set(key, verdict);
    return verdict;
  }

  private classifySpecifier(spec: string): Verdict {
    if (this.allowMatch(spec)) return { kind: 'allowed' };
    const denied = this.denyMatch(spec);
    if (denied) return { kind: 'denied', pattern: denied };
    const builtin = builtinName(spec);
    if (builtin !== undefined) return EDGE_BUILTINS.has(builtin) ? { kind: 'allowed' } : { kind: 'builtin', name: builtin };
    // Prisma's edge build (Accelerate or a driver adapter): made for the edge, enums and all.
    if (isEdgeClientSpecifier(spec) && !spec.startsWith('.')) return { kind: 'allowed' };
    if (spec.startsWith('.') || spec.startsWith('/')) return undefined;
    const [name] = splitPackage(spec);
    if (SOCKET_DRIVERS.has(name)) return { kind: 'driver', name };
    if (PRISMA_PACKAGES.has(name)) return { kind: 'prisma', module: name };
    return undefined;
  }

  private classifyFile(spec: string, file: string): Verdict {
    if (this.allowMatch(spec, file)) return { kind: 'allowed' };
    const denied = this.denyMatch(spec, file);
    if (denied) return { kind: 'denied', pattern: denied };
    const output = this.prismaOutputs.find((o) => file === o.dir || file.startsWith(`${o.dir}/`));
    if (output && isEdgeClientSpecifier(spec)) return { kind: 'allowed' };
    if (output) return { kind: 'prisma', module: output.dir };
    const nm = file.lastIndexOf('node_modules/');
    if (nm >= 0) {
      const [name] = splitPackage(file.slice(nm + 'node_modules/'.length));
      if (SOCKET_DRIVERS.has(name)) return { kind: 'driver', name };
      if (PRISMA_PACKAGES.has(name) || name === '@prisma/client') return { kind: 'prisma', module: name };
    }
    return undefined;
  }
}

/** A list entry matches a specifier exactly, its package name, its built-in name, or (a glob) the resolved path. */
function matcher(patterns: string[]): (spec: string, file?: string) => string | undefined {
  const globs = patterns.filter((p) => /[*?{]/.test(p)).map((p) => ({ p, m: picomatch(p, { dot: true }) }));
  const exact = new Set(patterns.filter((p) => !/[*?{]/.test(p)));
  return (spec, file) => {
    if (exact.has(spec)) return spec;
    const builtin = builtinName(spec);
    if (builtin !== undefined && (exact.has(builtin) || exact.has(`node:${builtin}`))) return builtin;
    if (!spec.startsWith('.')) {
      const [name] = splitPackage(spec);
      if (exact.has(name)) return name;
    }
    if (file) {
      if (exact.has(file)) return file;
      const g = globs.find(({ m }) => m(file) || m(spec));
      return g?.p;
    }
    return globs.find(({ m }) => m(spec))?.p;
  };
}
