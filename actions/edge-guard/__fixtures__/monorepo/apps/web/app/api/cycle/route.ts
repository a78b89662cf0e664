import { a } from '@/lib/cycle-a';
export const runtime = 'edge';
export const GET = () => new Response(a());
