import type { User } from '@fx/db';
import { prisma } from '@fx/db';

export async function listUsers(): Promise<User[]> {
  return prisma.user.findMany();
}
