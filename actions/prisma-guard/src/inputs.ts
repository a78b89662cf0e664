import type { InputReader } from '@shared/config/input-reader';

export interface PrismaGuardInputs {
  /** Canonical schemas (files or folders); empty means every schema Prisma would find. */
  schemas: string[];
  checkClient: boolean;
  checkFormat: boolean;
  drift: 'check' | 'skip';
  shadowDatabaseUrl?: string;
  /** Ref to compare applied migrations with; defaults to the PR's base. */
  base?: string;
  /** Globs of paths that are neither projects nor strays. */
  ignore: string[];
}

export function readInputs(reader: InputReader): PrismaGuardInputs {
  return Object.freeze({
    schemas: reader.list('schemas'),
    checkClient: reader.boolean('check-client', true),
    checkFormat: reader.boolean('check-format', true),
    drift: reader.oneOf('drift', ['check', 'skip'] as const, 'check'),
    shadowDatabaseUrl: reader.string('shadow-database-url'),
    base: reader.string('base'),
    ignore: reader.list('ignore'),
  });
}
