import type { User } from '@fx/db';
export type { User } from '@fx/db';

export const runtime = 'edge';

export function GET(): Response {
  const u: User | null = null;
  return Response.json(u);
}
