import { prisma } from '@fx/db';
import fs from 'node:fs';
export const GET = async () => Response.json({ n: await prisma.user.count(), f: typeof fs });
