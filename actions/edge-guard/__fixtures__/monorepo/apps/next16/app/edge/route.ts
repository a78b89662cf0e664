import { token } from '@/helper';
export const runtime = 'edge';
export const GET = () => new Response(token());
