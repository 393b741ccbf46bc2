// Error pages, triggered for real: a second production server of the same build whose
// database cannot be reached, visited with a valid session. Reading the user then fails,
// as it would in production when PostgreSQL is down. The page must show a Dutch message
// and the reference code that the server log also carries, and never the error itself.
// The same server, configured as production without demo, must send HSTS.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { test, expect, demoUser } from "./fixtures";
import { watchBrowserProblems } from "./browser-problems";
import { getFreePort } from "../scripts/lib/ports.ts";
import { startProductionApp, type ProductionApp } from "../scripts/lib/production-app.ts";

test.describe.configure({ mode: "serial" });

const SESSION_COOKIE = "authjs.session-token";
const secret = randomBytes(32).toString("base64url");
let app: ProductionApp;
let serverLog = "";

test.beforeAll(async () => {
  // Nothing listens on this port: every query fails with "connection refused".
  const unreachable = `postgresql://opvolging:geheim@127.0.0.1:${await getFreePort()}/opvolging`;
  app = await startProductionApp({
    databaseUrl: unreachable,
    // Production as a ministry runs it: no pinned "today", no single sign-on.
    env: { AUTH_SECRET: secret, APP_TODAY: undefined, OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined, OIDC_CLIENT_SECRET: undefined },
    onOutput: (text) => (serverLog += text),
  });
});

test.afterAll(async () => {
  await app?.stop();
});

/** A session as Auth.js would have issued it: signed in, so the page must read the user from the database. */
async function signInWithoutDatabase(page: Page) {
  const user = demoUser("COORDINATOR");
  const token = await encode({
    secret,
    salt: SESSION_COOKIE,
    token: { sub: "c0000000-0000-4000-8000-000000000001", name: user.name, email: user.email, role: user.role, organisationId: "org", sessionVersion: 1 },
  });
  await page.context().addCookies([{ name: SESSION_COOKIE, value: token, url: app.baseUrl }]);
}

async function expectErrorPage(page: Page, path: string) {
  const cspViolations = await watchBrowserProblems(page);
  const response = await page.goto(`${app.baseUrl}${path}`);
  expect(response?.status()).toBe(500);

  await expect(page.getByRole("heading", { level: 1, name: "Er ging iets mis" })).toBeVisible();
  await expect(page.getByText("Probeer het opnieuw. Blijft het misgaan, neem dan contact op met de beheerder.")).toBeVisible();
  const reference = await page.locator(".error-notice__code").textContent();
  expect(reference).toMatch(/^[\w-]+$/);
  // The same code in the server log, next to the real error: that is how the administrator finds it.
  await expect.poll(() => serverLog).toContain(reference!);
  expect(serverLog).toMatch(/ECONNREFUSED|connect|database/i);

  const html = (await page.content()) + (await response!.text());
  for (const detail of ["ECONNREFUSED", "127.0.0.1", "prisma", "    at ", "node_modules"]) expect(html).not.toContain(detail);
  await expect(page.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();

  const fonts = await page.evaluate(() =>
    ["body", "h1", ".wordmark__name", ".error-notice a", "button"].map((selector) => getComputedStyle(document.querySelector(selector)!).fontFamily),
  );
  expect(fonts[0]).toMatch(/, sans-serif$/);
  for (const font of fonts) expect(font).toBe(fonts[0]);
  await page.waitForLoadState("networkidle");
  expect(cspViolations.list().filter((problem) => problem.startsWith("CSP"))).toEqual([]);
  return reference!;
}

test("een fout op een openbare pagina: Nederlandse melding en foutcode, geen details", async ({ page }, testInfo) => {
  await signInWithoutDatabase(page);
  await expectErrorPage(page, "/inloggen");
  await expect(page.getByRole("link", { name: "Naar de inlogpagina" })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" })).toBeVisible();
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: testInfo.outputPath(`fout-openbaar-${width}.png`), fullPage: true });
  }
});

test("een fout in de opmaak van de ingelogde pagina's: de algemene foutpagina, ook in het Nederlands", async ({ page }, testInfo) => {
  // The signed-in layout reads the user, so this error reaches app/global-error.tsx.
  await signInWithoutDatabase(page);
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
