import { randomBytes } from 'node:crypto';
export const token = () => randomBytes(8).toString('hex');
