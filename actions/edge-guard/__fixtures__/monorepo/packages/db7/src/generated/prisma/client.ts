import * as runtime from '@prisma/client/runtime/library';
export class PrismaClient { constructor() { void runtime; } }
