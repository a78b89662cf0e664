/**
 * Prisma project discovery and the config reader, loaded lazily and always through this one module (by
 * migrations-dir.ts and search-path.ts): ncc gives each dynamically imported module its own chunk, so two import
 * paths would ship the config reader twice.
 */
export { findPrismaProjects } from '@shared/prisma/find-projects';
export { readPrismaConfig } from '@shared/prisma/read-config';
export { configEnv, valueOf } from '@shared/prisma/config-env';
