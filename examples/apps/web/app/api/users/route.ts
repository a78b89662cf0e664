import { listUsers } from '@/lib/users';

// Node.js runtime (the default): the Prisma client is fine here.
export async function GET(): Promise<Response> {
  return Response.json(await listUsers());
}
