import { edgeDb } from '@fx/db/edge';

export const runtime = 'edge';

export async function GET(): Promise<Response> {
  return Response.json(await edgeDb.user.count());
}
