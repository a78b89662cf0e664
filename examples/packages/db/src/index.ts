import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export { Role } from './generated/prisma/enums';
export type { Post, User } from './generated/prisma/client';

const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/acme' });

/** The one PrismaClient of the monorepo: apps import `db` instead of constructing their own. */
export const db = new PrismaClient({ adapter });
