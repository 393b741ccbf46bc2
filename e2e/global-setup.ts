// Builds the app for production, starts it on a fresh, seeded database and a free
// port, connected as the app role as in production (migrations and seed as the owner), with a local OpenID Connect identity provider next to it, and hands the
// address to the workers through E2E_BASE_URL.
import { randomBytes } from "node:crypto";
import { startTestPostgres, createTwoRoleDatabase, dropDatabase } from "../test/test-postgres.ts";
import { seedDatabaseAt } from "../scripts/lib/prepare-database.ts";
import { getFreePort } from "../scripts/lib/ports.ts";
import { buildProductionApp, startProductionApp } from "../scripts/lib/production-app.ts";
import { startTestIdentityProvider } from "./test-identity-provider.ts";
import { DEMO_TODAY } from "../prisma/seed-data.ts";

export default async function globalSetup() {
  const postgres = await startTestPostgres();
  const database = await createTwoRoleDatabase(postgres, "opvolging_e2e");
  await seedDatabaseAt(database.ownerUrl, { demo: true });
  const databaseUrl = database.appUrl;

  if (!process.env.E2E_SKIP_BUILD) await buildProductionApp();

  // The IdP registers the app's callback URL, so the app's port is chosen first.
  const port = await getFreePort();
  const identityProvider = await startTestIdentityProvider({ appBaseUrl: `http://localhost:${port}` });
  // Shared with the workers: session tests forge tokens that are idle or expired.
  const authSecret = randomBytes(32).toString("base64url");
  const app = await startProductionApp({
    databaseUrl,
    port,
    env: {
      AUTH_SECRET: authSecret,
      APP_TODAY: DEMO_TODAY,
      OIDC_ISSUER: identityProvider.issuer,
      OIDC_CLIENT_ID: identityProvider.clientId,
      OIDC_CLIENT_SECRET: identityProvider.clientSecret,
      OIDC_NAME: "Test-IdP",
    },
  });
  process.env.E2E_BASE_URL = app.baseUrl;
  process.env.E2E_DATABASE_URL = databaseUrl;
  // The superuser's URL of the same database, for tests that need a role of their own.
  process.env.E2E_ADMIN_DATABASE_URL = postgres.urlFor(database.name);
  process.env.E2E_AUTH_SECRET = authSecret;

  return async () => {
    await app.stop();
    await identityProvider.stop();
    await dropDatabase(postgres.urlFor(database.name)).catch(() => {});
    await postgres.stop();
  };
}
