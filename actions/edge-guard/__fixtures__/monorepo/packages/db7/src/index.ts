import { assertNodeRuntime } from '@bickford/runtime';
import { PrismaClient } from './generated/prisma/client';

assertNodeRuntime();
export const db7 = new PrismaClient();
