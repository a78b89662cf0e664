export const runtime = 'edge';

export async function GET(): Promise<Response> {
  const { run } = await import('../../../src/lib/heavy');
  return new Response(String(run()));
}
