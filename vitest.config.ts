import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { availableParallelism } from "node:os";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside React Server Components; tests call server code directly.
      "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "server/**/*.test.ts",
      "scripts/**/*.test.ts",
      "prisma/**/*.test.ts",
      "test/**/*.test.ts",
      "app/**/*.test.ts",
    ],
    globalSetup: ["./test/global-setup.ts"],
    pool: "forks",
    // One worker per core, not Vitest's default of one fewer: most tests wait on PostgreSQL
    // (its own processes), so on a 2-core machine a second worker fills the wait; a third
    // gains nothing.
    maxWorkers: availableParallelism(),
    // next-auth imports "next/server" without an extension, which Node's ESM loader cannot
    // resolve (Next has no "exports" map); inlined, Vite resolves it as Next's bundler does.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
