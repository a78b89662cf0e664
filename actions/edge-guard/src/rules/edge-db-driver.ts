import { defineRule } from '@shared/rules/define-rule';

export const edgeDbDriver = defineRule({
  id: 'edge-db-driver',
  guard: 'edge-guard',
  severity: 'error',
  category: 'runtime',
  description: 'Edge code reaches a database driver that needs TCP sockets or native code (pg, mysql2, ioredis...).',
  help: 'Use an HTTP or WebSocket driver made for the edge (@neondatabase/serverless, @planetscale/database, @libsql/client), or run this code on the Node.js runtime.',
});
