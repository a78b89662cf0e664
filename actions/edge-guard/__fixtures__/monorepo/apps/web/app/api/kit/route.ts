import { hash } from '@fx/edge-kit';

export const runtime = 'experimental-edge';

export async function GET(): Promise<Response> {
  return new Response(await hash('x'));
}
