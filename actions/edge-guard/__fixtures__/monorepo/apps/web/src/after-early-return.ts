import { monitorEventLoopDelay } from 'node:perf_hooks';
export const h = monitorEventLoopDelay();
