// The Beheerder's user pages: the list, adding a user, role and organisation,
// deactivation with its effect on sign-in and sessions, OIDC links and sign-in events.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, demoUser, signIn, createUser, withAppDatabase, choosePasswordWithInvitation } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { errorSummary, expectErrorSummaryLeadsTo } from "./error-summary";

// Sign-ins run a scrypt check (N=2^17): room for a busy, shared test machine.
test.describe.configure({ timeout: 90_000 });

test("de beheerder ziet Beheer, de gebruikers en de inloggebeurtenissen van een gebruiker", async ({
  page,
  loginAs,
}) => {
  const user = await createUser({ role: "CONTRIBUTOR", organisation: "BZ" });
  // A failed attempt at this user's address, to be seen on the user page.
  await page.goto("/inloggen");
  await signIn(page, user.email, "verkeerd");
  await expect(page.getByRole("alert").filter({ hasText: "combinatie van e-mailadres en wachtwoord" })).toBeVisible();

  await loginAs(demoUser("ADMIN"));
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Beheer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: user.email });
  await expect(row).toContainText("Bijdrager");
  await expect(row).toContainText("BZ");
  await expect(row).toContainText("Actief");
  await row.getByRole("link", { name: user.name }).click();

  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  const events = page.getByRole("region", {
    name: "De laatste inloggebeurtenissen van deze gebruiker, nieuwste eerst",
  });
  await expect(events.getByRole("row").filter({ hasText: "Inloggen mislukt" })).toContainText(
    "verkeerd wachtwoord, vanaf 127.0.0.1",
  );
});

test("de beheerder verwijdert een OIDC-koppeling", async ({ page, loginAs }) => {
  const user = await createUser();
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "Account" (id, "userId", type, provider, issuer, "providerAccountId", "updatedAt") VALUES ($1, $2, 'oidc', 'oidc', 'https://idp.example', $3, now())`,
      [`acc-${user.id}`, user.id, `sub-${user.id}`],
    ),
  );
  await loginAs(demoUser("ADMIN"));
  await page.goto(`/beheer/gebruikers/${user.id}`);
  const links = page.getByRole("region", {
    name: "Gekoppelde identiteiten met uitgever, subject en datum van koppeling",
  });
  await expect(links).toContainText("https://idp.example");
  await expect(links).toContainText(`sub-${user.id}`);
  await links.getByRole("button", { name: "Koppeling met https://idp.example verwijderen" }).click();

  await expect(page.getByRole("status").filter({ hasText: "De koppeling is verwijderd." })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Gekoppelde identiteiten met uitgever, subject en datum van koppeling" }),
  ).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: "Koppeling verwijderd" })).toBeVisible();
  expect(
    await withAppDatabase(
      async (client) =>
        (await client.query(`SELECT count(*)::int AS n FROM "Account" WHERE "userId" = $1`, [user.id])).rows[0].n,
    ),
  ).toBe(0);
});

test("een ander dan de beheerder ziet van Beheer alleen wat hij mag, en wordt bij gebruikersbeheer op de server geweigerd", async ({
  page,
  loginAs,
}) => {
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
  await expect(
    page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Beheer" }),
  ).toHaveCount(0);
  // The Coördinator's Beheer holds only the spreadsheet import: no tabs, no Gebruikers.
  await page.context().clearCookies();
  await loginAs(demoUser("COORDINATOR"));
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Beheer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importeren uit Excel" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Onderdelen van Beheer" })).toHaveCount(0);
  await page.goto("/beheer/gebruikers");
  await expect(page.getByRole("alert").filter({ hasText: "U heeft geen toestemming voor deze pagina." })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

const shoot = (page: Page, name: string) => shootWhenAsked(page, `beheer-${name}`);

test("de beheerder voegt een gebruiker toe, die kiest met de uitnodiging een wachtwoord en logt in; na deactiveren stopt de sessie en lukt inloggen niet meer", async ({
  page,
  loginAs,
  browser,
}) => {
  test.setTimeout(180_000);
  const suffix = randomUUID().slice(0, 8);
  const email = `nieuw-${suffix}@example.org`;
  const name = `Nieuwe Collega ${suffix}`;
  const password = "een-goed-wachtwoord-2023";

  await loginAs(demoUser("ADMIN"));
  await page.goto("/beheer/gebruikers");
  await shoot(page, "lijst");
  await page.getByRole("link", { name: "Gebruiker toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gebruiker toevoegen" })).toBeVisible();
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("E-mailadres", { exact: true }).fill(email.toUpperCase());
  await page.getByLabel("Organisatie", { exact: true }).selectOption({ label: "Atradius Dutch State Business (ADSB)" });
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Bijdrager" });
  // The Beheerder types no password: the person gets an invitation.
  await expect(page.getByLabel(/wachtwoord/i)).toHaveCount(0);
  await page.getByRole("button", { name: "Gebruiker toevoegen" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByRole("status").filter({ hasText: "De gebruiker is toegevoegd en de uitnodiging is verstuurd." }),
  ).toBeVisible();
  await expect(page.locator(".details-list").first()).toContainText(email);
  await expect(page.locator(".details-list").first()).toContainText("Bijdrager");
  // The role changes before the user signs in: a change of role also ends their sessions.
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Lezer" });
  await page.getByRole("button", { name: "Rol en organisatie opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De rol en de organisatie zijn opgeslagen." })).toBeVisible();
  await expect(page.locator(".details-list").first()).toContainText("Lezer");
  await shoot(page, "gebruiker");

  // The new user signs in, in a browser of their own.
  const theirs = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const theirPage = await theirs.newPage();
  try {
    await choosePasswordWithInvitation(theirPage, email, password);
    await theirPage.goto("/inloggen");
    await signIn(theirPage, email, password);
    await expect(theirPage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(theirPage.getByText(`Ingelogd als ${name} (ADSB, Lezer)`)).toBeVisible();

    // The Beheerder deactivates them, after a confirmation step.
    await page.getByRole("link", { name: "Gebruiker deactiveren" }).click();
    await expect(page.getByRole("heading", { name: "Weet u het zeker?" })).toBeVisible();
    await shoot(page, "bevestigen");
    await page.getByRole("button", { name: "Ja, gebruiker deactiveren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De gebruiker is gedeactiveerd." })).toBeVisible();
    await expect(page.locator(".details-list").first()).toContainText("Gedeactiveerd");
    await expect(page.getByRole("button", { name: "Gebruiker weer activeren" })).toBeVisible();

    // Their next request lands on the sign-in page, and a new sign-in is refused.
    await theirPage.goto("/aanbevelingen");
    await expect(theirPage).toHaveURL(/\/inloggen/);
    await signIn(theirPage, email, password);
    await expect(
      theirPage.getByRole("alert").filter({ hasText: "combinatie van e-mailadres en wachtwoord" }),
    ).toBeVisible();
    await expect(theirPage).toHaveURL(/\/inloggen/);
  } finally {
    await theirs.close();
  }

  // The list marks them, and their name stays in the trail.
  await page.goto("/beheer/gebruikers");
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Gedeactiveerd");
  await page.goto("/logboek?soort=USER_DEACTIVATED");
  await expect(page.getByRole("row").filter({ hasText: "Gebruiker gedeactiveerd" }).first()).toContainText(
    "Jeroen Smit (FIN)",
  );
});

test("het formulier meldt fouten per veld", async ({ page, loginAs }) => {
  await loginAs(demoUser("ADMIN"));
  await page.goto("/beheer/gebruikers/nieuw");
  await page.getByLabel("Naam", { exact: true }).fill("Dubbel Account");
  await page.getByLabel("E-mailadres", { exact: true }).fill("LEZER@bz.demo.opvolging.nl");
  await page.getByRole("button", { name: "Gebruiker toevoegen" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Controleer de gemarkeerde velden" })).toBeVisible();
  await expectErrorSummaryLeadsTo(page, "Kies een organisatie.", page.getByLabel("Organisatie", { exact: true }));
  await expect(page.getByLabel("Organisatie", { exact: true })).toHaveAccessibleDescription("Kies een organisatie.");
  await expect(page.getByLabel("Rol", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Dubbel Account");

  // With the rest filled in, the address turns out to be taken (capitals make no difference).
  await page.getByLabel("Organisatie", { exact: true }).selectOption({ label: "Ministerie van Financiën (FIN)" });
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Lezer" });
  await page.getByRole("button", { name: "Gebruiker toevoegen" }).click();
  await expect(errorSummary(page)).toBeFocused();
  // The choices stay too (React resets a form after its action; the form remounts with them).
  await expect(page.getByLabel("Rol", { exact: true })).toHaveValue("READER");
  await expect(page.getByLabel("Organisatie", { exact: true }).locator("option:checked")).toHaveText(
    "Ministerie van Financiën (FIN)",
  );
  await expect(page.getByLabel("E-mailadres", { exact: true })).toHaveAccessibleDescription(
    /^Er is al een gebruiker met dit e-mailadres/,
  );
  expect(
    await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze()
      .then((result) => result.violations),
  ).toEqual([]);
  await shoot(page, "nieuw-fouten");
});

test("een beheerder kan zichzelf niet deactiveren of zijn eigen rol wijzigen", async ({ page, loginAs }) => {
  await loginAs(demoUser("ADMIN"));
  const self = await withAppDatabase(
    async (client) =>
      (await client.query(`SELECT id FROM "User" WHERE email = $1`, [demoUser("ADMIN").email])).rows[0].id as string,
  );
  await page.goto(`/beheer/gebruikers/${self}`);
  await expect(page.getByText("Uw eigen account kunt u niet deactiveren")).toBeVisible();
  await expect(page.getByRole("link", { name: "Gebruiker deactiveren" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Rol en organisatie opslaan" })).toHaveCount(0);
});
