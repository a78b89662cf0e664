import { readFileSync } from 'node:fs';
export function proxy() { return readFileSync; }
