// Test support for packages that use the database: targets (PGlite, and PostgreSQL when DATABASE_URL
// is set) and factories that build a fresh council per test.
export * from './targets';
export * from './factories';
