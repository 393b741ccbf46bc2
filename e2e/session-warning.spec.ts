// The warning before the idle time-out and the text kept through it, end to end. The browser's
// clock is driven by Playwright (page.clock); the server's by forging the session token's times
// with the app's secret (the global set-up shares it), as in session.spec.ts: nothing waits.
import { randomUUID } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, signIn, signInAs, createUser, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { watchBrowserProblems } from "./browser-problems";

const COOKIE = "authjs.session-token";
const secret = () => process.env.E2E_AUTH_SECRET!;

// Each test signs in once or twice (a scrypt check each): room for a busy machine.
test.describe.configure({ timeout: 120_000 });

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === COOKIE);
  expect(cookie, "session cookie").toBeDefined();
  const token = await decode({ token: cookie!.value, secret: secret(), salt: COOKIE });
  return { cookie: cookie!, token: token! };
}

/** The browser's session cookie as `token`, with the times given. */
async function setSessionTimes(
  context: BrowserContext,
  token: Record<string, unknown>,
  times: { signedInAt: number; lastSeenAt: number },
) {
  const { cookie } = await sessionCookie(context);
  const value = await encode({ token: { ...token, ...times }, secret: secret(), salt: COOKIE });
  await context.addCookies([{ ...cookie, value }]);
}

const secondsAgo = (seconds: number) => Math.floor(Date.now() / 1000) - seconds;

/**
 * Waits until the tab's session watch runs: React has hydrated its dialog, and the task in which
 * it reads the layout's time left has passed. A fast-forward before that (a busy machine, a
 * slow second tab) would be taken as the moment of page load, and no warning would come.
 */
async function sessionWatchRunning(page: Page) {
  await page.waitForFunction(() => {
    const dialog = document.querySelector("dialog.session-dialog");
    return dialog !== null && Object.keys(dialog).some((key) => key.startsWith("__reactFiber"));
  });
  // Timers run in order, also on Playwright's clock: this one comes after the watch's own.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

async function sessionUser(page: Page): Promise<unknown> {
  return (await page.request.get("/api/auth/session")).json();
}

async function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("opvolging.concept:")));
}

/** A fresh ADSB action, due 30 June 2023, with its own title. */
async function createAdsbAction(): Promise<{ id: string; title: string }> {
  const id = `e2e-actie-${randomUUID()}`;
  const title = `Sessietest ${id.slice(-8)}`;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "ActionItem" (id, "recommendationId", title, description, "ownerOrganisationId", "contactUserId", "startDate", "dueDate", "updatedAt")
       SELECT $1, (SELECT id FROM "Recommendation" ORDER BY number LIMIT 1), $2, 'Een actie voor de end-to-endtest.', o.id,
              (SELECT id FROM "User" u WHERE u."organisationId" = o.id AND u.active ORDER BY email LIMIT 1), DATE '2023-04-01', DATE '2023-06-30', now()
         FROM "Organisation" o WHERE o.code = 'ADSB'`,
      [id, title],
    ),
  );
  return { id, title };
}

test("twee minuten voor de time-out vraagt een dialoog of u ingelogd blijft, met het toetsenbord te bedienen", async ({
  page,
  context,
}) => {
  const problems = await watchBrowserProblems(page);
  const user = await createUser();
  await page.clock.install();
  await signInAs(page, user);
  await page.goto("/aanbevelingen");
  await expect(page.getByRole("heading", { level: 1, name: "Aanbevelingen" })).toBeVisible();
  const actions = page.getByRole("link", { name: "Acties", exact: true });
  await actions.focus();
  // A second tab of the same session, quiet as well.
  const otherTab = await context.newPage();
  await otherTab.clock.install();
  await otherTab.goto("/toezeggingen");
  await expect(otherTab.getByRole("heading", { level: 1, name: "Toezeggingen" })).toBeVisible();
  await sessionWatchRunning(page);
  await sessionWatchRunning(otherTab);

  // On the server the session has lain still for 28.5 minutes; in the browser 28 minutes pass.
  const { token } = await sessionCookie(context);
  const stillSince = secondsAgo(28.5 * 60);
  await setSessionTimes(context, token, { signedInAt: stillSince, lastSeenAt: stillSince });
  await otherTab.clock.fastForward("28:00");
  await page.clock.fastForward("28:00");

  const otherDialog = otherTab.getByRole("dialog", { name: "U wordt bijna uitgelogd" });
  await expect(otherDialog).toBeVisible();
  const dialog = page.getByRole("dialog", { name: "U wordt bijna uitgelogd" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/niet actief geweest/);
  // The server's word, not the browser's guess: a minute and a half left at most, not two.
  await expect(dialog).toContainText(/Resterende tijd: (1:[0-3]|0:)\d/);
  const stay = dialog.getByRole("button", { name: "Ingelogd blijven" });
  await expect(stay).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Uitloggen" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(stay).toBeFocused();
  await shootWhenAsked(page, "sessie-waarschuwing");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations).toEqual([]);

  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(actions).toBeFocused();
  // The other tab heard of it and stopped warning.
  await expect(otherDialog).toBeHidden();
  await otherTab.close();

  // Two minutes later (past the original end) the extended session still works; the
  // session as it was before "Ingelogd blijven" would have ended.
  const extended = await sessionCookie(context);
  expect(Number(extended.token.lastSeenAt)).toBeGreaterThan(stillSince + 28 * 60);
  await setSessionTimes(context, extended.token, {
    signedInAt: Number(extended.token.signedInAt) - 120,
    lastSeenAt: Number(extended.token.lastSeenAt) - 120,
  });
  expect(await sessionUser(page)).toMatchObject({ user: { email: user.email } });
  await page.goto("/acties");
  await expect(page.getByRole("heading", { level: 1, name: "Acties" })).toBeVisible();

  await setSessionTimes(context, token, { signedInAt: stillSince - 120, lastSeenAt: stillSince - 120 });
  expect(await sessionUser(page)).toBeNull();
  expect(problems.list()).toEqual([]);
});

test("als de tijd om is, zegt de pagina dat en brengt Inloggen u terug naar dezelfde pagina", async ({
  page,
  context,
}) => {
  const user = await createUser();
  await page.clock.install();
  await signInAs(page, user);
  await page.goto("/acties?status=IN_PROGRESS");
  await expect(page.getByRole("heading", { level: 1, name: "Acties" })).toBeVisible();
  await sessionWatchRunning(page);

  // Another tab, or the server, ended the session; this tab learns it when its time is up.
  await context.clearCookies();
  await page.clock.fastForward("30:01");
  const dialog = page.getByRole("dialog", { name: "U bent uitgelogd" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/Uw sessie is verlopen/);
  const signInLink = dialog.getByRole("link", { name: "Inloggen" });
  await expect(signInLink).toBeFocused();
  await shootWhenAsked(page, "sessie-verlopen");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/inloggen\?terug=/);
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/acties\?status=IN_PROGRESS$/);
});

test("getypte voortgang overleeft een verlopen sessie, en is weg zodra hij is opgeslagen of na Uitloggen", async ({
  page,
  context,
}) => {
  const user = await createUser({ role: "CONTRIBUTOR", organisation: "ADSB" });
  const action = await createAdsbAction();
  const text = `Overleg met de inkoopafdeling gevoerd ${action.id.slice(-6)}.`;
  await signInAs(page, user);
  await page.goto(`/acties/${action.id}`);
  const progress = page.getByRole("form", { name: "Voortgang toevoegen" });
  await progress.getByLabel("Voortgang", { exact: true }).fill(text);
  await progress.getByLabel("Percentage gereed").fill("40");

  // The session ends while the person types: the save sends them to the sign-in page.
  const { token } = await sessionCookie(context);
  await setSessionTimes(context, token, { signedInAt: secondsAgo(31 * 60), lastSeenAt: secondsAgo(30 * 60) });
  await progress.getByRole("button", { name: "Voortgang toevoegen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?terug=/);
  await signIn(page, user.email, user.password);

  await expect(page).toHaveURL(new RegExp(`/acties/${action.id}$`));
  await expect(page.getByRole("status").filter({ hasText: "Uw tekst is teruggezet." })).toBeVisible();
  await expect(progress.getByLabel("Voortgang", { exact: true })).toHaveValue(text);
  await expect(progress.getByLabel("Percentage gereed")).toHaveValue("40");
  await shootWhenAsked(page, "sessie-tekst-teruggezet");

  await progress.getByRole("button", { name: "Voortgang toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De voortgang is toegevoegd." })).toBeVisible();
  await expect(page.locator("section[aria-labelledby=logboek-voortgang]")).toContainText(text);
  expect(await draftKeys(page)).toEqual([]);
  await page.reload();
  await expect(progress.getByLabel("Voortgang", { exact: true })).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: "Uw tekst is teruggezet." })).toHaveCount(0);

  // Uitloggen forgets what was typed, so the next person at this computer does not see it.
  await progress.getByLabel("Voortgang", { exact: true }).fill("Nog niet af");
  expect(await draftKeys(page)).toHaveLength(1);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  expect(await draftKeys(page)).toEqual([]);
});
