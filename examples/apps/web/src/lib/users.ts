import { db, type User } from '@acme/db';

export async function countUsers(): Promise<number> {
  return db.user.count();
}

export async function listUsers(): Promise<User[]> {
  return db.user.findMany({ take: 50 });
}
