// DEMO: an edge route that imports one helper from the barrel, which re-exports the users module,
// which imports @acme/db, whose PrismaClient uses the pg adapter (TCP sockets): edge-guard reports the
// whole chain, stats/route.ts → lib/index.ts → lib/users.ts → packages/db/src/index.ts, line by line.
import { countUsers, json } from '@/lib';

export const runtime = 'edge';

export async function GET(): Promise<Response> {
  return json({ users: await countUsers() });
}
