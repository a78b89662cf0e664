import { db7 } from '@fx/db7';
export const runtime = 'edge';
export const GET = async () => Response.json(await db7.post.count());
