import { NextResponse, type NextRequest } from 'next/server';
import { verifySession } from '@/lib/session';

/** Runs on the edge for every /dashboard request: only Web APIs on this path. */
export async function middleware(request: NextRequest) {
  const ok = await verifySession(request.cookies.get('session')?.value);
  return ok ? NextResponse.next() : NextResponse.redirect(new URL('/login', request.url));
}

export const config = { matcher: ['/dashboard/:path*'] };
