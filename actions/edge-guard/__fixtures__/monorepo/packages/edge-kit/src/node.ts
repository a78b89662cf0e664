import { assertNodeRuntime } from '@bickford/runtime';
import { createHash } from 'node:crypto';
assertNodeRuntime();
export async function hash(s: string): Promise<string> {
  return createHash('sha256').update(s).digest('hex');
}
