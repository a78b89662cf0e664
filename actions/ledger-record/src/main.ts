import '@shared/action/wasm-tiering'; // first: before any WebAssembly compiles (PGlite's PostgreSQL)
import { runAction } from '@shared/action/run-action';
import { guard } from './guard';

void runAction(guard);
