import { listUsers } from '@/lib';

export const runtime = 'edge';

export async function GET() {
  return Response.json(await listUsers());
}
