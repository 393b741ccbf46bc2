// Prisma CLI configuration. Prisma 7 reads the URL from here, not from the schema.
// The CLI's `migrate` commands act as the database's owner, so MIGRATION_DATABASE_URL comes
// first (DATABASE_URL is the app role's, which may not change the schema); the same order
// as scripts/lib/dev-database.ts. env("…") throws when unset, which would break
// `npm install` on a fresh clone (postinstall runs `prisma generate`, which needs no
// database): fall back explicitly.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url:
      process.env.MIGRATION_DATABASE_URL ||
      process.env.DATABASE_URL ||
      "postgresql://postgres@127.0.0.1:5432/opvolging",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined,
  },
});
