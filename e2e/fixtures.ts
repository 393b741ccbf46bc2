// Playwright fixtures: the base URL from the global set-up, `loginAs(role)` for the demo
// accounts, and `createUser` for tests that raise a throttle counter or end sessions:
// those use users of their own, never the demo accounts other tests sign in with.
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { test as base, expect as baseExpect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers } from "../prisma/seed-data.ts";
import { hashPassword } from "../lib/auth/password.ts";
import { STANDALONE_DIR } from "../scripts/lib/production-app.ts";
import { linkTokenInMail } from "../test/mail-files.ts";
import { hashLinkToken, linkPath, newLinkToken } from "../lib/accounts/one-time-link.ts";
import type { Role } from "../lib/generated/prisma/enums.ts";

export type DemoUser = (typeof demoUsers)[number];

export function demoUser(role: DemoUser["role"], organisation?: DemoUser["organisation"]): DemoUser {
  const user = demoUsers.find(
    (candidate) => candidate.role === role && (!organisation || candidate.organisation === organisation),
  );
  if (!user) throw new Error(`Geen demo-account met rol ${role}${organisation ? ` bij ${organisation}` : ""}`);
  return user;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

/** Runs `work` on a connection to the app's database (the global set-up exposes its URL). */
export async function withAppDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type TestUser = { id: string; email: string; name: string; password: string; role: Role; organisation: string };

// One real hash per worker: the users differ by address, and a hash costs half a second.
const TEST_USER_PASSWORD = "e2e-eigen-wachtwoord";
let testUserHash: Promise<string> | undefined;

/** A user of one test alone, with a real password hash; nothing shared is changed or removed. */
export async function createUser({
  role = "READER",
  organisation = "FIN",
}: { role?: Role; organisation?: string } = {}): Promise<TestUser> {
  const suffix = randomUUID().slice(0, 8);
  const user = {
    id: `e2e-${randomUUID()}`,
    email: `e2e-${suffix}@example.org`,
    name: `Test ${suffix}`,
    password: TEST_USER_PASSWORD,
    role,
    organisation,
  };
  testUserHash ??= hashPassword(TEST_USER_PASSWORD);
  const passwordHash = await testUserHash;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "User" (id, name, email, "passwordHash", role, "organisationId", "updatedAt")
       SELECT $1, $2, $3, $4, $5::"Role", id, now() FROM "Organisation" WHERE code = $6`,
      [user.id, user.name, user.email, passwordHash, role, organisation],
    ),
  );
  return user;
}

// A sign-in (and a refused password) runs one scrypt check at N=2^17: deliberately slow, and
// many times slower on a shared, busy test machine. Waits after a form post get that long;
// a passing test is as fast as ever.
export const SIGN_IN_TIMEOUT = 30_000;
export const expect = baseExpect.configure({ timeout: SIGN_IN_TIMEOUT });

/** Signs in a user of the test's own (createUser) and waits for the landing page. */
export async function signInAs(page: Page, user: TestUser): Promise<void> {
  await page.goto("/inloggen");
  await signIn(page, user.email, user.password);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
}

// Demo accounts are shared by tests running in parallel: never sign one out in a test.
// Sign-out raises the user's sessionVersion and so ends that user's sessions in every
// other test too. Tests that sign out use createUser().
type Fixtures = { loginAs: (user: DemoUser) => Promise<void> };

export const test = base.extend<Fixtures>({
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  loginAs: async ({ page }, use) => {
    await use(async (user) => {
      await page.goto("/inloggen");
      await signIn(page, user.email, DEMO_PASSWORD);
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({
        timeout: SIGN_IN_TIMEOUT,
      });
    });
  },
});

/** A demo user signed in in a browser context of its own, beside the test's page: two people at once. The caller closes page.context(). */
export async function signInElsewhere(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: process.env.E2E_BASE_URL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  const page = await context.newPage();
  await page.goto("/inloggen");
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
  return page;
}

/** Where the app under test writes its mails (.eml files; no SMTP in the tests): its working folder's .data/mail. */
export const APP_MAIL_DIR = path.join(STANDALONE_DIR, ".data", "mail");

/** The newest invitation or reset link mailed to `email`, as a path to open. */
export async function linkInMail(email: string, kind: "activeren" | "herstellen"): Promise<string> {
  return `/account/${kind}/${await linkTokenInMail(APP_MAIL_DIR, email, kind)}`;
}

/** Opens an invitation link (a path or a whole URL) and chooses `password` there. */
export async function activateWithLink(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Herhaal het nieuwe wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Account activeren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw account is geactiveerd" })).toBeVisible({
    timeout: SIGN_IN_TIMEOUT,
  });
}

/** Opens the invitation mailed to `email` and chooses `password` there. */
export async function choosePasswordWithInvitation(page: Page, email: string, password: string): Promise<void> {
  await activateWithLink(page, await linkInMail(email, "activeren"), password);
}

/**
 * An open invitation for the user, made straight in the database (as a Beheerder's would be,
 * without the mail): the path of its activation page. For a user without a password, pass
 * `withoutPassword` to clear it first (an account that has only been invited).
 */
export async function createInvitation(user: TestUser, { withoutPassword = false } = {}): Promise<string> {
  const token = newLinkToken();
  await withAppDatabase(async (client) => {
    if (withoutPassword) await client.query(`UPDATE "User" SET "passwordHash" = NULL WHERE id = $1`, [user.id]);
    await client.query(
      `INSERT INTO "OneTimeLink" (id, "userId", kind, "tokenHash", "expiresAt")
       VALUES ($1, $2, 'invitation', $3, now() + interval '1 hour')`,
      [`e2e-${randomUUID()}`, user.id, hashLinkToken(token)],
    );
  });
  return linkPath("invitation", token);
}
