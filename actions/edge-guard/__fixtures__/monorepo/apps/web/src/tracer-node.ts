import v8 from 'node:v8';
export const heap = v8.getHeapStatistics();
