export const legacy = (;
import { readFileSync } from 'node:fs';
export const x = readFileSync;
