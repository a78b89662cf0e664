import { a } from './cycle-a';
import { join } from 'node:path';
export const b = (): string => join('x', typeof a);
