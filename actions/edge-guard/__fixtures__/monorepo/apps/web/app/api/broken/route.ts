import { missing } from '@/lib/not-there';
import { legacy } from '@/lib/broken';
import { compile } from '@/lib/compile';
export const runtime = 'edge';
export const GET = () => new Response(String(missing ?? legacy ?? compile));
