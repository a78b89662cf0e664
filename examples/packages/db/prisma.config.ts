import { defineConfig } from 'prisma/config';

// process.env (not env()) so that `prisma generate` and `prisma format` work without a database URL.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/acme',
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
