export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    await import('./src/instrumentation-node');
  } else {
    await import('./src/instrumentation-edge');
  }
  const tracer = process.env.NEXT_RUNTIME === 'edge' ? null : require('./src/tracer-node');
  if (process.env.NEXT_RUNTIME !== 'nodejs') return tracer;
  await import('./src/after-early-return');
}
