import { Role } from '@prisma/client';

export const runtime = 'edge';

export function GET(): Response {
  return Response.json({ admin: Role.ADMIN });
}
