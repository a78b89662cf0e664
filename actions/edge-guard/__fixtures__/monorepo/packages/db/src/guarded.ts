import { assertNodeRuntime } from '@bickford/runtime';
import { readFileSync } from 'node:fs';

assertNodeRuntime();
export const read = (p: string) => readFileSync(p, 'utf8');
