import type { Location } from '@shared/findings/finding';

/** How a project's schema was found, in Prisma's own order of precedence. */
export type SchemaSource = 'input' | 'script' | 'prisma.config.ts' | 'package.json' | 'default';

/** A problem found while discovering a project, kept as data so each guard decides what it is worth. */
export interface ProjectProblem {
  kind:
    | 'config-throws' // loading prisma.config.ts would throw (env() of an unset variable)
    | 'config-unreadable' // a value in prisma.config.ts that cannot be read without running it
    | 'config-parse' // prisma.config.ts or package.json does not parse
    | 'schema-missing' // the configured schema path does not exist
    | 'migrations-missing'; // the configured migrations path does not exist
  message: string;
  location?: Location;
}

/** A value written in prisma.config.ts: a literal, an `env('NAME')` call, or something only running it would tell. */
export type ConfigValue =
  | { kind: 'literal'; value: string; location: Location }
  | { kind: 'env'; name: string; fallback?: string; location: Location }
  | { kind: 'unknown'; text: string; location: Location };

/** What Bickford reads from prisma.config.ts without running it. Paths are repository-relative. */
export interface PrismaConfigInfo {
  file: string;
  schema?: ConfigValue;
  migrationsPath?: ConfigValue;
  datasourceUrl?: ConfigValue;
  shadowDatabaseUrl?: ConfigValue;
  /** Every `env('NAME')` the file calls while loading; each throws in Prisma 7 when NAME is unset. */
  envCalls: { name: string; location: Location; when?: { env?: string; negated: boolean; text: string }[] }[];
  /** Whether the file loads `dotenv/config`, which makes the package's .env count as set. */
  loadsDotenv: boolean;
}

export interface PrismaProject {
  /** Directory of the package (repository-relative, `.` for the root). */
  packageDir: string;
  /** prisma.config.ts (or .mts/.js/.cjs/.mjs) when the package has one. */
  configFile?: string;
  config?: PrismaConfigInfo;
  schemaSource: SchemaSource;
  /** The schema path Prisma would load: one file, or a folder of .prisma files (multi-file, GA since 6.7). */
  schemaPath: string;
  schemaKind: 'file' | 'folder';
  /** The .prisma files that make up the schema, sorted; one entry for a file schema. */
  schemaFiles: string[];
  /** Prisma's `schemaRootDir`: the file's directory, or the folder itself. */
  schemaRootDir: string;
  /** `migrations.path` from the config, else `<schemaRootDir>/migrations` (as `prisma migrate` resolves it). */
  migrationsDir: string;
  migrationsDirFromConfig: boolean;
  problems: ProjectProblem[];
}

export interface PrismaDiscovery {
  projects: PrismaProject[];
  /** .prisma files outside node_modules and generated folders that no project loads. */
  strays: string[];
  /** Schemas a package would load by itself that are not canonical (a second copy); their files are strays. */
  copies: string[];
  /** Packages with a prisma.config.ts whose schema could not be found or read (no project made). */
  problems: ProjectProblem[];
  /** Where discovery looked, for the "no schema" message. */
  looked: string[];
}
