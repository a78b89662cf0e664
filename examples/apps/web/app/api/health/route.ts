import { json } from '@/lib/http';

export const runtime = 'edge';

export function GET(): Response {
  return json({ ok: true });
}
