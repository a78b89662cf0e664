import { Pool } from 'pg';
export const config = { runtime: 'nodejs', matcher: '/admin' };
export function middleware() { return new Pool(); }
