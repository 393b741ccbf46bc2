// Builds the app for production, starts it on a fresh, seeded database and a free
// port, with a local OpenID Connect identity provider next to it, and hands the
// address to the workers through E2E_BASE_URL.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { startTestPostgres, uniqueDatabaseName, dropDatabase } from "../test/test-postgres.ts";
import { createDatabase } from "../scripts/lib/admin-database.ts";
import { migrateDatabase, seedDatabaseAt } from "../scripts/lib/prepare-database.ts";
import { getFreePort } from "../scripts/lib/ports.ts";
import { startTestIdentityProvider } from "./test-identity-provider.ts";

export const E2E_TODAY = "2023-04-03";

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start stopte met code ${server.exitCode}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`De app reageerde niet binnen ${timeoutMs / 1000} s op ${url}`);
}

export default async function globalSetup() {
  const postgres = await startTestPostgres();
  const databaseUrl = postgres.urlFor(uniqueDatabaseName("opvolging_e2e"));
  await createDatabase(databaseUrl);
  await migrateDatabase(databaseUrl);
  await seedDatabaseAt(databaseUrl, { demo: true });

  if (!process.env.E2E_SKIP_BUILD) {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("next build mislukte");
  }

  const port = await getFreePort();
  const baseUrl = `http://localhost:${port}`;
  // The IdP registers the app's callback URL, so the app's port is chosen first.
  const identityProvider = await startTestIdentityProvider({ appBaseUrl: baseUrl });
  const server = spawn("npx", ["next", "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      APP_TODAY: E2E_TODAY,
      NEXT_TELEMETRY_DISABLED: "1",
      OIDC_ISSUER: identityProvider.issuer,
      OIDC_CLIENT_ID: identityProvider.clientId,
      OIDC_CLIENT_SECRET: identityProvider.clientSecret,
      OIDC_NAME: "Test-IdP",
    },
  });
  await waitForServer(`${baseUrl}/inloggen`, server);
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_DATABASE_URL = databaseUrl;

  return async () => {
    // Kill the whole process group: npx starts next as a child.
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    await identityProvider.stop();
    await dropDatabase(databaseUrl).catch(() => {});
    await postgres.stop();
  };
}
