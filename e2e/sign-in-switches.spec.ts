// The production sign-in switches on servers of their own, on the build and database of the
// global set-up: REQUIRE_SECOND_FACTOR (a password alone reaches only the second step, where
// the first passkey is registered, and later confirmed), PASSWORD_SIGN_IN=false (only
// the identity provider's button) and OIDC_REQUIRED_ACR / _AMR (with an identity provider
// of their own, whose redirect address is the server's).
import type { Browser, Page } from "@playwright/test";
import { createInvitation, createUser, expect, signIn, test, withAppDatabase } from "./fixtures";
import { startProductionApp, type ProductionApp } from "../scripts/lib/production-app.ts";
import { getFreePort } from "../scripts/lib/ports.ts";
import { signInAtIdentityProvider } from "./identity-provider-sign-in";
import { startTestIdentityProvider, TEST_ACR } from "./test-identity-provider";
import { DEMO_TODAY } from "../prisma/seed-data.ts";
import { shootWhenAsked } from "./screenshots";

test.describe.configure({ mode: "serial", timeout: 180_000 });

async function startServer(env: Record<string, string>, port?: number): Promise<ProductionApp> {
  return startProductionApp({
    port,
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

/** A page of a browser context on a server of its own with these settings; both end afterwards. */
async function onOwnServer(
  browser: Browser,
  env: Record<string, string>,
  work: (page: Page) => Promise<void>,
): Promise<void> {
  const app = await startServer(env);
  const context = await browser.newContext({ baseURL: app.baseUrl, locale: "nl-NL" });
  try {
    await work(await context.newPage());
  } finally {
    await context.close();
    await app.stop();
  }
}

test(
  "REQUIRE_SECOND_FACTOR: eerst een passkey instellen, daarna wachtwoord plus passkey",
  { tag: "@thorough" },
  async ({ browser }) => {
    await onOwnServer(browser, { REQUIRE_SECOND_FACTOR: "true" }, async (page) => {
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
    });
  },
);

test(
  "REQUIRE_SECOND_FACTOR: een account dat met een passkey is geactiveerd, logt met alleen die passkey in",
  { tag: "@thorough" },
  async ({ browser }) => {
    await onOwnServer(browser, { REQUIRE_SECOND_FACTOR: "true" }, async (page) => {
      await addVirtualAuthenticator(page);
      const user = await createUser({ role: "CONTRIBUTOR", organisation: "BZ" });
      await page.goto(await createInvitation(user, { withoutPassword: true }));
      await page.getByLabel("Naam van de passkey").fill("Telefoon");
      await page.getByRole("button", { name: "Activeren met een passkey" }).click();
      await expect(page).toHaveURL(/\/inloggen\?melding=passkey-geactiveerd$/);
      // The passkey is both factors: no second step, straight in.
      await page.getByRole("button", { name: "Inloggen met een passkey" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
      await page.goto("/aanbevelingen");
      await expect(page.getByRole("heading", { level: 1, name: "Aanbevelingen" })).toBeVisible();
    });
  },
);

test("PASSWORD_SIGN_IN=false: alleen de knop van de identiteitsprovider", { tag: "@thorough" }, async ({ browser }) => {
  const env = {
    PASSWORD_SIGN_IN: "false",
    OIDC_ISSUER: "https://idp.example.nl",
    OIDC_CLIENT_ID: "opvolging",
    OIDC_CLIENT_SECRET: "geheim",
    OIDC_NAME: "Rijks-SSO",
  };
  await onOwnServer(browser, env, async (page) => {
    await page.goto("/inloggen");
    await expect(page.getByText("Log in via Rijks-SSO, met het account van uw organisatie.")).toBeVisible();
    await expect(page.getByRole("button")).toHaveText(["Inloggen met Rijks-SSO"]);
    await expect(page.getByLabel("Wachtwoord")).toHaveCount(0);
    await shootWhenAsked(page, "alleen-identiteitsprovider");
  });
});

test(
  "OIDC_REQUIRED_ACR en _AMR: een te lichte inlog bij de identiteitsprovider geweigerd en gelogd, een zware toegelaten",
  { tag: "@thorough" },
  async ({ browser }) => {
    const port = await getFreePort();
    const identityProvider = await startTestIdentityProvider({ appBaseUrl: `http://localhost:${port}` });
    const app = await startServer(
      {
        OIDC_ISSUER: identityProvider.issuer,
        OIDC_CLIENT_ID: identityProvider.clientId,
        OIDC_CLIENT_SECRET: identityProvider.clientSecret,
        OIDC_NAME: "Test-IdP",
        OIDC_REQUIRED_ACR: TEST_ACR.high,
        OIDC_REQUIRED_AMR: "otp",
      },
      port,
    ).catch(async (error: unknown) => {
      await identityProvider.stop();
      throw error;
    });
    const user = await createUser({ role: "CONTRIBUTOR", organisation: "BZ" });
    // A context per attempt: the IdP's own session would otherwise remember the first login.
    const attempt = async (variant: string) => {
      const context = await browser.newContext({ baseURL: app.baseUrl, locale: "nl-NL" });
      return { context, page: await context.newPage(), login: `${user.email}#${variant}` };
    };
    const refusals = (reason: string) =>
      withAppDatabase(async (client) => {
        const rows = await client.query<{ after: { acr: string; amr: string } }>(
          `SELECT after FROM "AuditEvent" WHERE kind = 'OIDC_REFUSED' AND "entityId" = $1 AND after->>'reason' = $2`,
          [user.email, reason],
        );
        return rows.rows.map((row) => row.after);
      });
    try {
      // A low level: refused for its acr, in Dutch, audited, no session and no link.
      const low = await attempt("laag");
      try {
        await signInAtIdentityProvider(low.page, low.login);
        await expect(low.page).toHaveURL(/\/inloggen\?fout=zekerheid/);
        await expect(low.page.getByRole("alert")).toHaveText(
          "Uw inlog bij de identiteitsprovider is niet zwaar genoeg beveiligd voor Opvolging. Log opnieuw in met een sterkere methode, bijvoorbeeld met een tweede factor.",
        );
        await shootWhenAsked(low.page, "identiteitsprovider-te-licht");
        await low.page.goto("/aanbevelingen");
        await expect(low.page).toHaveURL(/\/inloggen/);
      } finally {
        await low.context.close();
      }
      expect(await refusals("assurance-acr")).toEqual([expect.objectContaining({ acr: TEST_ACR.low, amr: "pwd" })]);

      // The right level but a password only: refused for its amr.
      const passwordOnly = await attempt("hoog");
      try {
        await signInAtIdentityProvider(passwordOnly.page, passwordOnly.login);
        await expect(passwordOnly.page).toHaveURL(/\/inloggen\?fout=zekerheid/);
      } finally {
        await passwordOnly.context.close();
      }
      expect(await refusals("assurance-amr")).toEqual([expect.objectContaining({ acr: TEST_ACR.high })]);
      expect(
        await withAppDatabase(async (client) =>
          Number((await client.query(`SELECT count(*) FROM "Account" WHERE "userId" = $1`, [user.id])).rows[0].count),
        ),
      ).toBe(0);

      // The right level with a second factor: signed in.
      const strong = await attempt("mfa");
      try {
        await signInAtIdentityProvider(strong.page, strong.login);
        await expect(strong.page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
        await expect(strong.page.getByText(`Ingelogd als ${user.name}`)).toBeVisible();
      } finally {
        await strong.context.close();
      }
    } finally {
      await app.stop();
      await identityProvider.stop();
    }
  },
);
