import { PrismaClient, Prisma } from '@prisma/client';
import * as db from '@fx/db';

export const runtime = 'edge';

type Where = Prisma.UserWhereInput;
export function describe(client: PrismaClient, w: Where, d: typeof db): string {
  return String(w);
}
export function GET(): Response {
  return new Response('ok');
}
