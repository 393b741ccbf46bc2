// Passkeys in a real browser, with Chromium's virtual authenticator (DevTools protocol): add
// one on /profiel, sign out, sign in with the passkey alone; remove it (this session goes on);
// a Beheerder sees the user's sign-in factors and removes a lost passkey, which ends the
// user's sessions.
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, createInvitation, createUser, demoUser, signInAs, signInElsewhere } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { watchBrowserProblems } from "./browser-problems";

test.describe.configure({ timeout: 120_000 });

/** A platform authenticator with resident keys and user verification, as a laptop's. */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return {
    credentials: async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials,
  };
}

async function addPasskey(page: Page, name: string) {
  await page.getByLabel("Naam van de passkey").fill(name);
  await page.getByRole("button", { name: "Passkey toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De passkey is toegevoegd." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Uw passkeys" }).getByRole("rowheader", { name })).toBeVisible();
}

test("account activeren met een passkey in plaats van een wachtwoord, daarna inloggen met alleen de passkey", async ({
  page,
}) => {
  const problems = await watchBrowserProblems(page);
  const authenticator = await addVirtualAuthenticator(page);
  const user = await createUser({ role: "CONTRIBUTOR", organisation: "FIN" });
  const link = await createInvitation(user, { withoutPassword: true });
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Account activeren" })).toBeVisible();
  const passkey = page.getByRole("region", { name: "Of: een passkey in plaats van een wachtwoord" });
  await shootWhenAsked(page, "activeren-met-passkey");
  // Two forms on one page: every field labelled, no id twice, contrast as elsewhere.
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(scan.violations).toEqual([]);
  await passkey.getByLabel("Naam van de passkey").fill("Laptop thuis");
  await passkey.getByRole("button", { name: "Activeren met een passkey" }).click();

  await expect(page).toHaveURL(/\/inloggen\?melding=passkey-geactiveerd$/);
  await expect(page.getByRole("status").filter({ hasText: "Uw account is geactiveerd met een passkey" })).toBeVisible();
  const [credential] = await authenticator.credentials();
  expect(credential?.isResidentCredential).toBe(true);
  await shootWhenAsked(page, "geactiveerd-met-passkey");
  await page.getByRole("button", { name: "Inloggen met een passkey" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByText(`Ingelogd als ${user.name}`)).toBeVisible();

  // The link is used: neither a password nor another passkey activates with it again.
  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: "Deze link werkt niet (meer)" })).toBeVisible();
  await expect(page.getByLabel("Naam van de passkey")).toHaveCount(0);
  expect(problems.list()).toEqual([]);
});

test("passkey toevoegen op /profiel, uitloggen, inloggen met alleen de passkey, verwijderen", async ({ page }) => {
  const problems = await watchBrowserProblems(page);
  const authenticator = await addVirtualAuthenticator(page);
  const user = await createUser({ role: "CONTRIBUTOR", organisation: "ADSB" });
  await signInAs(page, user);
  await page.goto("/profiel");
  await expect(page.getByText("U hebt nog geen passkey.")).toBeVisible();
  await addPasskey(page, "Laptop werk");
  const [credential] = await authenticator.credentials();
  expect(credential?.isResidentCredential).toBe(true);
  await shootWhenAsked(page, "passkeys-profiel");

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await shootWhenAsked(page, "passkeys-inloggen");
  await page.getByRole("button", { name: "Inloggen met een passkey" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await page.goto("/profiel");
  const row = page.getByRole("table", { name: "Uw passkeys" }).getByRole("row", { name: /Laptop werk/ });
  await expect(row).not.toContainText("Nog niet gebruikt");
  await row.getByRole("button", { name: "Passkey Laptop werk verwijderen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De passkey is verwijderd." })).toBeVisible();
  // The other sessions ended; this one goes on.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Profiel" })).toBeVisible();
  await expect(page.getByText("U hebt nog geen passkey.")).toBeVisible();
  expect(problems.list()).toEqual([]);
});

test(
  "de Beheerder ziet de inlogmiddelen en verwijdert een verloren passkey; de sessies van de gebruiker eindigen",
  { tag: "@thorough" },
  async ({ page, browser }) => {
    await addVirtualAuthenticator(page);
    const user = await createUser({ role: "READER", organisation: "FIN" });
    await signInAs(page, user);
    await page.goto("/profiel");
    await addPasskey(page, "Telefoon");

    const admin = await signInElsewhere(browser, demoUser("ADMIN").email);
    try {
      const problems = await watchBrowserProblems(admin);
      await admin.goto(`/beheer/gebruikers/${user.id}`);
      const factors = admin.getByRole("region", { name: "Inlogmiddelen" });
      await expect(factors.getByText("Ingesteld")).toBeVisible();
      await expect(factors.getByText("1 passkey")).toBeVisible();
      await expect(factors.getByText("Niet gekoppeld")).toBeVisible();
      await shootWhenAsked(admin, "passkeys-beheer");
      await factors.getByRole("button", { name: "Passkey Telefoon verwijderen" }).click();
      await expect(admin.getByRole("status").filter({ hasText: "De passkey is verwijderd." })).toBeVisible();
      await expect(factors.getByText("Geen", { exact: true })).toBeVisible();
      expect(problems.list()).toEqual([]);
    } finally {
      await admin.context().close();
    }

    await page.goto("/profiel");
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  },
);
