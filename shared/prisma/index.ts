/**
 * Prisma discovery shared by the guards: where each package's schema, config, migrations and generated
 * clients are, found the way Prisma's CLI finds them, through a RepoFs (no fs, no CLI, no network).
 */
export { findPrismaProjects, isGenerated, CONFIG_NAMES, DEFAULT_SCHEMAS, type FindOptions } from './find-projects';
export { readGenerators, readSchemaFiles, type ResolvedGenerator, type SchemaInfo } from './read-generators';
export { schemaWasm, type SchemaWasm, type SchemaFiles, type SchemaDiagnostic, type PrismaMajor } from './schema-wasm';
export { detectPrismaVersion, toMajor, type PrismaVersion } from './prisma-version';
export { configEnv, valueOf, parseDotenv, type Env } from './config-env';
export { resolvePackageDir, installedVersion } from './node-modules';
export type * from './types';
export { schemaHash, combinedHash, schemaHashOf, mergedSchemaOf } from './schema-hash';
