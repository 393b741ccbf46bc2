// Accounts end to end: the operator's first Beheerder, an invitation instead of a typed
// password, changing one's password (other sessions end), and a forgotten password.
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import {
  test,
  expect,
  signIn,
  activateWithLink,
  choosePasswordWithInvitation,
  linkInMail,
  SIGN_IN_TIMEOUT,
} from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { runCreateAdmin } from "../test/run-create-admin.ts";

// Every password set, checked and changed runs scrypt (N=2^17): room for a busy machine.
test.describe.configure({ timeout: 180_000 });

const shoot = (page: Page, name: string) => shootWhenAsked(page, `accounts-${name}`);

/** `npm run users:create-admin` against the app's database, as an operator would run it. */
const createAdmin = (args: string[]) =>
  runCreateAdmin(args, {
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    AUTH_URL: process.env.E2E_BASE_URL,
    OPERATOR: "e2e-operator",
  });

async function newBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: process.env.E2E_BASE_URL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  return context.newPage();
}

async function signInAndWait(page: Page, email: string, password: string) {
  await page.goto("/inloggen");
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
}

// The command itself is tested against an empty database in scripts/create-admin.test.ts, the
// invitation in beheer.spec.ts; this whole journey runs in npm run test:thorough.
test(
  "de eerste beheerder via de opdracht, een uitnodiging voor een bijdrager, wachtwoord wijzigen beëindigt andere sessies",
  { tag: "@thorough" },
  async ({ page, browser }) => {
    const suffix = randomUUID().slice(0, 8);
    const adminEmail = `eerste-${suffix}@example.org`;
    const adminPassword = `de eerste beheerder ${suffix}`;

    // The demo already has Beheerders: the command refuses, then runs with --force.
    const refused = await createAdmin(["--email", adminEmail, "--name", "Eerste Beheerder", "--organisation", "FIN"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Er is al een actieve beheerder");
    const created = await createAdmin([
      "--email",
      adminEmail,
      "--name",
      `Eerste Beheerder ${suffix}`,
      "--organisation",
      "FIN",
      "--force",
    ]);
    expect(created.code, created.stderr).toBe(0);
    const link = /(http\S+\/account\/activeren\/[A-Za-z0-9_-]{43})/.exec(created.stdout)?.[1];
    expect(link).toBeDefined();
    expect(created.stdout).not.toMatch(/wachtwoord:/i);

    // The link opens "Account activeren"; a common password is refused, a good one accepted.
    await page.goto(link!);
    await expect(page.getByRole("heading", { level: 1, name: "Account activeren" })).toBeVisible();
    await expect(page.getByLabel("Account", { exact: true })).toHaveValue(adminEmail);
    await shoot(page, "activeren");
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("1qaz2wsx3edc");
    await page.getByLabel("Herhaal het nieuwe wachtwoord", { exact: true }).fill("1qaz2wsx3edc");
    await page.getByRole("button", { name: "Account activeren" }).click();
    await expect(page.getByLabel("Nieuw wachtwoord", { exact: true })).toHaveAccessibleDescription(
      /veelgebruikte of uitgelekte wachtwoorden/,
    );
    await shoot(page, "activeren-fout");
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(adminPassword);
    await page.getByLabel("Herhaal het nieuwe wachtwoord", { exact: true }).fill(adminPassword);
    await page.getByRole("button", { name: "Account activeren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw account is geactiveerd" })).toBeVisible({
      timeout: SIGN_IN_TIMEOUT,
    });
    await shoot(page, "geactiveerd");
    await page.getByRole("link", { name: "Naar inloggen" }).click();
    await signIn(page, adminEmail, adminPassword);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
    // The link was for one use.
    const again = await newBrowser(browser);
    await again.goto(link!);
    await expect(again.getByRole("alert").filter({ hasText: "Deze link werkt niet (meer)" })).toBeVisible();
    await again.context().close();

    // The new Beheerder invites a Bijdrager; the invitation is open on the user's page.
    const email = `bijdrager-${suffix}@example.org`;
    const name = `Bijdrager ${suffix}`;
    await page.goto("/beheer/gebruikers/nieuw");
    await page.getByLabel("Naam", { exact: true }).fill(name);
    await page.getByLabel("E-mailadres", { exact: true }).fill(email);
    await page
      .getByLabel("Organisatie", { exact: true })
      .selectOption({ label: "Ministerie van Buitenlandse Zaken (BZ)" });
    await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Bijdrager" });
    await page.getByRole("button", { name: "Gebruiker toevoegen en uitnodiging versturen" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("uitnodiging-status")).toContainText("Open: de link is geldig tot");
    await shoot(page, "gebruiker-uitnodiging");

    // A new invitation revokes the first: the first link no longer works.
    const firstLink = await linkInMail(email, "activeren");
    await page.getByRole("button", { name: "Nieuwe uitnodiging versturen" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: `De uitnodiging is verstuurd naar ${email}` }),
    ).toBeVisible();
    const theirs = await newBrowser(browser);
    await theirs.goto(firstLink);
    await expect(theirs.getByRole("alert").filter({ hasText: "Deze link werkt niet (meer)" })).toBeVisible();

    const password = `mijn eigen zin ${suffix}`;
    await choosePasswordWithInvitation(theirs, email, password);
    await page.reload();
    await expect(page.getByTestId("uitnodiging-status")).toContainText("Gebruikt op");

    // Signed in twice; changing the password on /profiel ends the other session, not this one.
    await signInAndWait(theirs, email, password);
    const elsewhere = await newBrowser(browser);
    await signInAndWait(elsewhere, email, password);
    await theirs.goto("/profiel");
    await theirs.getByLabel("Huidig wachtwoord", { exact: true }).fill(password);
    await theirs.getByLabel("Nieuw wachtwoord", { exact: true }).fill(`${password} en meer`);
    await theirs.getByLabel("Herhaal het nieuwe wachtwoord", { exact: true }).fill(`${password} en meer`);
    await theirs.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await expect(theirs.getByRole("status").filter({ hasText: "Uw wachtwoord is gewijzigd" })).toBeVisible({
      timeout: SIGN_IN_TIMEOUT,
    });
    await shoot(theirs, "profiel-gewijzigd");
    await elsewhere.goto("/aanbevelingen");
    await expect(elsewhere).toHaveURL(/\/inloggen/);
    await theirs.goto("/aanbevelingen");
    await expect(theirs.getByRole("heading", { level: 1, name: "Aanbevelingen" })).toBeVisible();

    // The Beheerder sees it all in the trail; no secret in it.
    await page.goto("/logboek?soort=PASSWORD_CHANGED");
    await expect(page.getByRole("row").filter({ hasText: "Wachtwoord gewijzigd" }).first()).toBeVisible();

    await theirs.context().close();
    await elsewhere.context().close();
  },
);

// The same answer and the single use are tested in lib/accounts/accounts.test.ts as well.
test(
  "wachtwoord vergeten: hetzelfde antwoord voor elk adres, een link die één keer werkt",
  { tag: "@thorough" },
  async ({ page, browser }) => {
    const suffix = randomUUID().slice(0, 8);
    const email = `vergeten-${suffix}@example.org`;
    const first = `het eerste wachtwoord ${suffix}`;
    // A user of this test alone, made through the command and activated.
    const created = await createAdmin([
      "--email",
      email,
      "--name",
      `Vergeetachtig ${suffix}`,
      "--organisation",
      "BZ",
      "--force",
    ]);
    expect(created.code, created.stderr).toBe(0);
    await activateWithLink(page, /\/account\/activeren\/[A-Za-z0-9_-]{43}/.exec(created.stdout)![0], first);

    const anonymous = await newBrowser(browser);
    await anonymous.goto("/inloggen");
    await anonymous.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
    await expect(anonymous.getByRole("heading", { level: 1, name: "Wachtwoord vergeten" })).toBeVisible();
    await shoot(anonymous, "vergeten");
    // Unknown address first: the same answer.
    await anonymous.getByLabel("E-mailadres", { exact: true }).fill(`niemand-${suffix}@example.org`);
    await anonymous.getByRole("button", { name: "Link versturen" }).click();
    const answer = anonymous.getByRole("status");
    await expect(answer).toContainText("Als er een actief account met dit e-mailadres is");
    const unknownAnswer = await answer.textContent();
    await anonymous.getByLabel("E-mailadres", { exact: true }).fill(email);
    await anonymous.getByRole("button", { name: "Link versturen" }).click();
    await expect(answer).toHaveText(unknownAnswer!);
    await shoot(anonymous, "vergeten-verstuurd");

    // The mail goes out after the answer: wait for it.
    let resetPath = "";
    await expect(async () => {
      resetPath = await linkInMail(email, "herstellen");
    }).toPass({ timeout: 15_000 });
    const second = `het tweede wachtwoord ${suffix}`;
    await anonymous.goto(resetPath);
    await expect(anonymous.getByRole("heading", { level: 1, name: "Nieuw wachtwoord kiezen" })).toBeVisible();
    await anonymous.getByLabel("Nieuw wachtwoord", { exact: true }).fill(second);
    await anonymous.getByLabel("Herhaal het nieuwe wachtwoord", { exact: true }).fill(second);
    await anonymous.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(anonymous.getByRole("status").filter({ hasText: "Uw wachtwoord is gewijzigd" })).toBeVisible({
      timeout: SIGN_IN_TIMEOUT,
    });
    // Once only.
    await anonymous.goto(resetPath);
    await expect(anonymous.getByRole("alert").filter({ hasText: "Deze link werkt niet (meer)" })).toBeVisible();
    await shoot(anonymous, "link-werkt-niet");
    await signInAndWait(anonymous, email, second);
    await anonymous.context().close();
  },
);
