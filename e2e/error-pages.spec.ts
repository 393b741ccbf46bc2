// Error pages, triggered for real: a second production server of the same build, visited
// with a valid session, connected as a role that may read users and nothing else. The
// session check passes (it reads only the user's row); the next query, the user's
// organisation, fails with "permission denied", as any database fault in the middle of a
// page would. (A database that cannot be reached at all ends the session instead: Auth.js
// treats a failing session check as signed out.) The page must show a Dutch message and the
// reference code that the server log also carries, and never the error itself. The same
// server, configured as production without demo, must send HSTS.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { test, expect, demoUser } from "./fixtures";
import { watchBrowserProblems } from "./browser-problems";
import { startProductionApp, type ProductionApp } from "../scripts/lib/production-app.ts";

test.describe.configure({ mode: "serial" });

// Production without demo: Secure cookies, under the __Host- name (ASVS 3.3.3).
const SESSION_COOKIE = "__Host-authjs.session-token";
const secret = randomBytes(32).toString("base64url");
const role = `opvolging_e2e_users_only_${randomBytes(4).toString("hex")}`;
const password = randomBytes(12).toString("hex");
let app: ProductionApp;
let serverLog = "";
let coordinator: { id: string; organisationId: string; sessionVersion: number };

async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  coordinator = await asAdmin(async (client) => {
    await client.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT ON "User" TO ${role}`);
    const { rows } = await client.query(`SELECT id, "organisationId", "sessionVersion" FROM "User" WHERE email = $1`, [
      demoUser("COORDINATOR").email,
    ]);
    return rows[0];
  });
  const databaseUrl = new URL(process.env.E2E_ADMIN_DATABASE_URL!);
  databaseUrl.username = role;
  databaseUrl.password = password;
  app = await startProductionApp({
    databaseUrl: databaseUrl.toString(),
    // Production as a ministry runs it: no pinned "today", no single sign-on, an https AUTH_URL.
    env: {
      AUTH_SECRET: secret,
      AUTH_URL: "https://opvolging.example.nl",
      APP_TODAY: undefined,
      OIDC_ISSUER: undefined,
      OIDC_CLIENT_ID: undefined,
      OIDC_CLIENT_SECRET: undefined,
    },
    onOutput: (text) => (serverLog += text),
  });
});

test.afterAll(async () => {
  await app?.stop();
  await asAdmin(async (client) => {
    await client.query(`REVOKE ALL ON "User" FROM ${role}`);
    await client.query(`REVOKE USAGE ON SCHEMA public FROM ${role}`);
    await client.query(`DROP ROLE IF EXISTS ${role}`);
  });
});

/** A session as Auth.js would have issued it at sign-in, so the page goes on to read from the database. */
async function signInWithBrokenDatabase(page: Page) {
  const user = demoUser("COORDINATOR");
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({
    secret,
    salt: SESSION_COOKIE,
    token: {
      sub: coordinator.id,
      name: user.name,
      email: user.email,
      role: user.role,
      organisationId: coordinator.organisationId,
      sv: coordinator.sessionVersion,
      signedInAt: now,
      lastSeenAt: now,
    },
  });
  // Chromium sends Secure cookies to http://localhost, which it counts as a secure origin.
  const { hostname } = new URL(app.baseUrl);
  await page.context().addCookies([
    {
      name: SESSION_COOKIE,
      value: token,
      domain: hostname,
      path: "/",
      secure: true,
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);
}

async function expectErrorPage(page: Page, path: string) {
  const cspViolations = await watchBrowserProblems(page);
  const response = await page.goto(`${app.baseUrl}${path}`);
  expect(response?.status()).toBe(500);

  await expect(page.getByRole("heading", { level: 1, name: "Er ging iets mis" })).toBeVisible();
  await expect(
    page.getByText("Probeer het opnieuw. Blijft het misgaan, neem dan contact op met de beheerder."),
  ).toBeVisible();
  const reference = await page.locator(".error-notice__code").textContent();
  expect(reference).toMatch(/^[\w-]+$/);
  // The same code in the server log, next to the real error: that is how the administrator finds it.
  await expect.poll(() => serverLog).toContain(reference!);
  expect(serverLog).toMatch(/permission denied/i);

  const html = (await page.content()) + (await response!.text());
  for (const detail of ["permission denied", role, "127.0.0.1", "prisma", "    at ", "node_modules"])
    expect(html).not.toContain(detail);
  await expect(page.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();

  const fonts = await page.evaluate(() =>
    ["body", "h1", ".wordmark__name", ".error-notice a", "button"].map(
      (selector) => getComputedStyle(document.querySelector(selector)!).fontFamily,
    ),
  );
  expect(fonts[0]).toMatch(/, sans-serif$/);
  for (const font of fonts) expect(font).toBe(fonts[0]);
  await page.waitForLoadState("networkidle");
  expect(cspViolations.list().filter((problem) => problem.startsWith("CSP"))).toEqual([]);
  return reference!;
}

test("een fout op een openbare pagina: Nederlandse melding en foutcode, geen details", async ({ page }, testInfo) => {
  await signInWithBrokenDatabase(page);
  await expectErrorPage(page, "/inloggen");
  await expect(page.getByRole("link", { name: "Naar de inlogpagina" })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" })).toBeVisible();
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: testInfo.outputPath(`fout-openbaar-${width}.png`), fullPage: true });
  }
});

test("een fout in de opmaak van de ingelogde pagina's: de algemene foutpagina, ook in het Nederlands", async ({
  page,
}, testInfo) => {
  // The signed-in layout reads the user, so this error reaches app/global-error.tsx.
  await signInWithBrokenDatabase(page);
  await expectErrorPage(page, "/aanbevelingen");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page).toHaveTitle("Er ging iets mis — Opvolging");
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: testInfo.outputPath(`fout-algemeen-${width}.png`), fullPage: true });
  }
});

test("in productie (zonder demo) stuurt de server HSTS mee", async ({ request }) => {
  const response = await request.get(`${app.baseUrl}/inloggen`);
  expect(response.status()).toBe(200);
  expect(response.headers()["strict-transport-security"]).toBe("max-age=31536000");
  // Without single sign-on, forms may post only to the app itself.
  expect(response.headers()["content-security-policy"]).toMatch(/form-action 'self'$/);
});
