// Prisma CLI configuration. Prisma 7 reads the URL from here, not from the schema.
// env("DATABASE_URL") throws when unset, which would break `npm install` on a fresh
// clone (postinstall runs `prisma generate`, which needs no database): fall back.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/opvolging",
  },
});
