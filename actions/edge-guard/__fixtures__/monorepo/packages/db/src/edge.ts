import { PrismaClient } from '@prisma/client';
import { PrismaNeon } from '@prisma/adapter-neon';

const adapter = new PrismaNeon({ connectionString: 'postgres://' });
export const edgeDb = new PrismaClient({ adapter });
