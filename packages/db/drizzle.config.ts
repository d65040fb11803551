import { defineConfig } from 'drizzle-kit';

// `npm run db:generate -w @thidua/db` writes a new migration after a schema change. One migration set
// serves both PGlite and PostgreSQL, so keep to PostgreSQL 15 features.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  strict: true,
  verbose: true,
});
