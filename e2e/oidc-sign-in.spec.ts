// Sign-in through OpenID Connect against the local test identity provider
// (e2e/test-identity-provider.ts). Its development login page accepts any password;
// the login typed there is the e-mail address the IdP vouches for.
import pg from "pg";
import { test, expect, demoUser, createUser } from "./fixtures";
import { signInAtIdentityProvider } from "./identity-provider-sign-in";

// Sign-ins run a scrypt check (N=2^17): room for a busy, shared test machine.
test.describe.configure({ timeout: 90_000 });

/** Rows in the app's database matching a query; the global set-up exposes its URL. */
async function countRows(sql: string, values: unknown[]): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query<{ count: string }>(`SELECT count(*) FROM ${sql}`, values);
    return Number(result.rows[0]!.count);
  } finally {
    await client.end();
  }
}

test("een bekend, actief account logt in via de identity provider", async ({ page }) => {
  const reader = demoUser("READER", "BZ");
  await signInAtIdentityProvider(page, reader.email);

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(`Ingelogd als ${reader.name} (BZ, Lezer)`)).toBeVisible();
  // The IdP identity is now linked to the existing user.
  expect(
    await countRows(
      `"Account" a JOIN "User" u ON u.id = a."userId" WHERE a.provider = 'oidc' AND a."providerAccountId" = $1 AND u.email = $1`,
      [reader.email],
    ),
  ).toBe(1);
  expect(
    await countRows(`"AuditEvent" WHERE kind = 'SIGN_IN_SUCCEEDED' AND "entityId" = $1 AND after->>'method' = 'oidc'`, [
      reader.email,
    ]),
  ).toBeGreaterThanOrEqual(1);
});

test("een onbekend e-mailadres bij de identity provider krijgt geen toegang en geen account", async ({ page }) => {
  const email = "onbekend@example.org";
  await signInAtIdentityProvider(page, email);

  await expect(page).toHaveURL(/\/inloggen\?fout=geen-account/);
  await expect(page.getByRole("alert").filter({ hasText: "geen actief account" })).toHaveText(
    "Er is geen actief account gevonden voor dit e-mailadres. Vraag de beheerder om toegang.",
  );
  // No session either: the app still sends the visitor to the sign-in page.
  await page.goto("/aanbevelingen");
  await expect(page).toHaveURL(/\/inloggen/);

  expect(await countRows(`"User" WHERE email = $1`, [email])).toBe(0);
  expect(await countRows(`"Account" WHERE "providerAccountId" = $1`, [email])).toBe(0);
});

for (const [variant, label] of [
  ["unverified", "email_verified false"],
  ["no-claim", "zonder email_verified"],
] as const) {
  test(
    `een identiteit ${label} wordt niet gekoppeld en krijgt geen toegang`,
    { tag: "@thorough" },
    async ({ page }) => {
      const user = await createUser();
      await signInAtIdentityProvider(page, `${user.email}#${variant}`);

      await expect(page).toHaveURL(/\/inloggen\?fout=geen-account/);
      await page.goto("/aanbevelingen");
      await expect(page).toHaveURL(/\/inloggen/);
      expect(await countRows(`"Account" WHERE "userId" = $1`, [user.id])).toBe(0);
      expect(
        await countRows(
          `"AuditEvent" WHERE kind = 'OIDC_REFUSED' AND "entityId" = $1 AND after->>'reason' = 'email-unverified'`,
          [user.email],
        ),
      ).toBe(1);
    },
  );
}

test('email_verified als de tekst "true" koppelt wel, en een tweede identiteit voor hetzelfde account niet', async ({
  page,
  browser,
}) => {
  const user = await createUser();
  await signInAtIdentityProvider(page, `${user.email}#string-true`);
  await expect(page).toHaveURL(/\/$/);
  expect(
    await countRows(`"Account" WHERE "userId" = $1 AND "providerAccountId" = $2`, [
      user.id,
      `${user.email}#string-true`,
    ]),
  ).toBe(1);

  // Another subject at the same IdP claiming the same address is refused.
  const other = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  try {
    const otherPage = await other.newPage();
    await signInAtIdentityProvider(otherPage, user.email);
    await expect(otherPage).toHaveURL(/\/inloggen\?fout=geen-account/);
  } finally {
    await other.close();
  }
  expect(await countRows(`"Account" WHERE "userId" = $1`, [user.id])).toBe(1);
});
