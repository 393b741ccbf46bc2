// The production sign-in switches on servers of their own, on the build and database of the
// global set-up: REQUIRE_SECOND_FACTOR (a password alone reaches only the second step, where
// the first passkey is registered, and later confirmed) and PASSWORD_SIGN_IN=false (only
// the identity provider's button).
import type { Page } from "@playwright/test";
import { createUser, expect, signIn, test } from "./fixtures";
import { startProductionApp, type ProductionApp } from "../scripts/lib/production-app.ts";
import { DEMO_TODAY } from "../prisma/seed-data.ts";
import { shootWhenAsked } from "./screenshots";

test.describe.configure({ mode: "serial", timeout: 180_000 });

async function startServer(env: Record<string, string>): Promise<ProductionApp> {
  return startProductionApp({
    databaseUrl: process.env.E2E_DATABASE_URL!,
    env: { AUTH_SECRET: process.env.E2E_AUTH_SECRET!, APP_TODAY: DEMO_TODAY, ...env },
  });
}

async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
}

test(
  "REQUIRE_SECOND_FACTOR: eerst een passkey instellen, daarna wachtwoord plus passkey",
  { tag: "@thorough" },
  async ({ browser }) => {
    const app = await startServer({ REQUIRE_SECOND_FACTOR: "true" });
    const context = await browser.newContext({ baseURL: app.baseUrl, locale: "nl-NL" });
    try {
      const page = await context.newPage();
      await addVirtualAuthenticator(page);
      const user = await createUser({ role: "CONTRIBUTOR", organisation: "BZ" });
      await page.goto("/inloggen");
      await signIn(page, user.email, user.password);
      await expect(page.getByRole("heading", { level: 1, name: "Passkey instellen" })).toBeVisible();
      await expect(page).toHaveURL(/\/inloggen\/tweede-stap$/);
      // Every other page sends the person back here.
      await page.goto("/aanbevelingen");
      await expect(page).toHaveURL(/\/inloggen\/tweede-stap$/);
      await shootWhenAsked(page, "tweede-stap-instellen");

      await page.getByLabel("Naam van de passkey").fill("Laptop");
      await page.getByRole("button", { name: "Passkey toevoegen" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
      await page.goto("/aanbevelingen");
      await expect(page.getByRole("heading", { level: 1, name: "Aanbevelingen" })).toBeVisible();

      await page.getByRole("button", { name: "Uitloggen" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
      await signIn(page, user.email, user.password);
      await expect(page.getByRole("heading", { level: 1, name: "Bevestigen met uw passkey" })).toBeVisible();
      await expect(page.getByLabel("Naam van de passkey")).toHaveCount(0);
      await page.getByRole("button", { name: "Inloggen met een passkey" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    } finally {
      await context.close();
      await app.stop();
    }
  },
);

test("PASSWORD_SIGN_IN=false: alleen de knop van de identiteitsprovider", { tag: "@thorough" }, async ({ browser }) => {
  const app = await startServer({
    PASSWORD_SIGN_IN: "false",
    OIDC_ISSUER: "https://idp.example.nl",
    OIDC_CLIENT_ID: "opvolging",
    OIDC_CLIENT_SECRET: "geheim",
    OIDC_NAME: "Rijks-SSO",
  });
  const context = await browser.newContext({ baseURL: app.baseUrl, locale: "nl-NL" });
  try {
    const page = await context.newPage();
    await page.goto("/inloggen");
    await expect(page.getByText("Log in via Rijks-SSO, met het account van uw organisatie.")).toBeVisible();
    await expect(page.getByRole("button")).toHaveText(["Inloggen met Rijks-SSO"]);
    await expect(page.getByLabel("Wachtwoord")).toHaveCount(0);
    await shootWhenAsked(page, "alleen-identiteitsprovider");
  } finally {
    await context.close();
    await app.stop();
  }
});
