// Offline Prisma migrations: Prisma's schema engine compiled to WebAssembly, driven through
// @prisma/adapter-pg, since the Prisma 7 CLI's `migrate` first downloads a native engine
// that no npm package ships. Same Rust engine, so migration files, checksums and the
// `_prisma_migrations` table are exactly what `prisma migrate deploy` keeps.
//
// The fragile parts live apart from the commands: migrate-engine/load-engine.ts (the wasm
// instantiation) and migrate-engine/adapter-patches.ts (adapter-pg internals); each fails
// with EngineInternalsChangedError naming the internal when an upgrade moved it. Upgrade
// @prisma/schema-engine-wasm, @prisma/adapter-pg and @prisma/driver-adapter-utils together,
// pinned, with migrate-engine.test.ts green.
export { parseConnectionString, type DbConnection } from "./migrate-engine/connection.ts";
export {
  applyMigrations,
  createMigration,
  diffSchemaAgainstMigrations,
  migrationStatus,
  resolveMigration,
  MigrationEngineError,
  type MigrationsOptions,
  type MigrationStatus,
  type SchemaOptions,
} from "./migrate-engine/commands.ts";
export { ShadowDatabaseConfigError, ShadowDatabaseUnavailableError } from "./migrate-engine/adapter-patches.ts";
export { EngineInternalsChangedError } from "./migrate-engine/internals.ts";
