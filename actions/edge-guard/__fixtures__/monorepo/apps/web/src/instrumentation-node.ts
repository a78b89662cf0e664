import os from 'node:os';
export const host = os.hostname();
