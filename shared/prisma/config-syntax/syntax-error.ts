import { ConfigurationError } from '@shared/errors';
import type { Location } from '@shared/findings/finding';

/**
 * prisma.config.ts is not valid TypeScript to Babel, the parser Prisma's loader (jiti) transpiles it with: every
 * prisma command fails to load it, so nothing read from it could be trusted. Located where Babel stopped.
 */
export class PrismaConfigSyntaxError extends ConfigurationError {
  declare readonly location: Location;

  constructor(reason: string, location: Location) {
    super(`${reason}, so every prisma command fails to load it`, undefined, location);
  }
}
