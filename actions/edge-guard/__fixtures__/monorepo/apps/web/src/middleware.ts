import { NextResponse } from 'next/server';
import { readSession } from '@/lib/session';

export function middleware() {
  return readSession() ? NextResponse.next() : NextResponse.redirect('/login');
}
