// Session lifetime end to end: a token stops working at the next request once it is idle
// for 30 minutes, past its 8 hours, or its user's sessionVersion was raised (sign-out
// elsewhere, a role change). Time is faked by forging the token's times with the app's
// secret (the global set-up shares it), never by waiting.
import { decode, encode } from "next-auth/jwt";
import type { BrowserContext } from "@playwright/test";
import { test, expect, signInAs, createUser, withAppDatabase } from "./fixtures";

const COOKIE = "authjs.session-token";
const secret = () => process.env.E2E_AUTH_SECRET!;

// Each test signs in once or twice (a scrypt check each): room for a busy machine.
test.describe.configure({ timeout: 90_000 });

async function sessionToken(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === COOKIE);
  expect(cookie, "session cookie").toBeDefined();
  const token = await decode({ token: cookie!.value, secret: secret(), salt: COOKIE });
  expect(token).toMatchObject({
    sv: expect.any(Number),
    signedInAt: expect.any(Number),
    lastSeenAt: expect.any(Number),
  });
  return { cookie: cookie!, token: token! };
}

/** Replaces the browser's session token by the same token with other times. */
async function backdate(context: BrowserContext, times: { signedInAt?: number; lastSeenAt?: number }) {
  const { cookie, token } = await sessionToken(context);
  const value = await encode({ token: { ...token, ...times }, secret: secret(), salt: COOKIE });
  await context.addCookies([{ ...cookie, value }]);
}

const minutesAgo = (minutes: number) => Math.floor(Date.now() / 1000) - minutes * 60;

test("een sessie zonder verzoek in 30 minuten werkt niet meer, ook niet via /api/auth/session", async ({
  page,
  context,
}) => {
  const user = await createUser();
  await signInAs(page, user);
  expect(await (await page.request.get("/api/auth/session")).json()).toMatchObject({ user: { email: user.email } });

  await backdate(context, { signedInAt: minutesAgo(31), lastSeenAt: minutesAgo(30) });
  const response = await page.request.get("/api/auth/session");
  expect(await response.json()).toBeNull();
  await page.goto("/aanbevelingen");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("een sessie die 29 minuten stil lag werkt nog, en elk verzoek schuift de time-out op", async ({
  page,
  context,
}) => {
  const user = await createUser();
  await signInAs(page, user);
  const signedInAt = minutesAgo(29);
  await backdate(context, { signedInAt, lastSeenAt: signedInAt });
  await page.goto("/aanbevelingen");
  await expect(page.getByRole("heading", { level: 1, name: "Aanbevelingen" })).toBeVisible();
  // The proxy re-issued the cookie: it was seen just now, signed in 29 minutes ago still.
  const { token } = await sessionToken(context);
  expect(Math.floor(Date.now() / 1000) - Number(token.lastSeenAt)).toBeLessThan(60);
  expect(token.signedInAt).toBe(signedInAt);
});

test("een sessie werkt hoogstens 8 uur na het inloggen, hoe actief de gebruiker ook is", async ({ page, context }) => {
  const user = await createUser();
  await signInAs(page, user);
  await backdate(context, { signedInAt: minutesAgo(8 * 60), lastSeenAt: minutesAgo(1) });
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
  await page.goto("/aanbevelingen");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("uitloggen beëindigt ook de sessies van dezelfde gebruiker in andere browsers", async ({ page, browser }) => {
  const user = await createUser();
  const other = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const otherPage = await other.newPage();
  try {
    await signInAs(page, user);
    await signInAs(otherPage, user);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/inloggen/);

    expect(await (await otherPage.request.get("/api/auth/session")).json()).toBeNull();
    await otherPage.goto("/aanbevelingen");
    await expect(otherPage).toHaveURL(/\/inloggen/);
  } finally {
    await other.close();
  }
});

test("een andere rol in de database beëindigt de sessie bij het volgende verzoek", async ({ page }) => {
  const user = await createUser({ role: "CONTRIBUTOR" });
  await signInAs(page, user);
  // As any writer would: psql, or a later user-management page. The database raises the version.
  await withAppDatabase((client) => client.query(`UPDATE "User" SET role = 'READER' WHERE id = $1`, [user.id]));
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
  await page.goto("/aanbevelingen");
  await expect(page).toHaveURL(/\/inloggen/);

  // Signing in again works, with the new role.
  await signInAs(page, user);
  await expect(page.getByText(`Ingelogd als ${user.name} (FIN, Lezer)`)).toBeVisible();
});
