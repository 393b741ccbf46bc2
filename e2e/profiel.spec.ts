// Profiel and the calendar feed: make a feed, fetch it as Outlook would (no cookies) and find
// the organisation's deadline and the deadline to the Kamer in it, renew it (the old address
// 404, the new one works), revoke it (then 404); the
// .ics download of the /acties filters; the page at 400 px, in forced colours, and to axe.
import AxeBuilder from "@axe-core/playwright";
import { request as playwrightRequest, type Page } from "@playwright/test";
import { test, expect, createUser, signInAs, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { watchBrowserProblems } from "./browser-problems";

test.describe.configure({ timeout: 90_000 });

const screenshots = (page: Page, name: string) => shootWhenAsked(page, `profiel-${name}`);

/** GET without the browser's cookies, as a calendar program would. */
async function fetchAnonymously(url: string) {
  const context = await playwrightRequest.newContext();
  try {
    const response = await context.get(url, { maxRedirects: 0 });
    const headers = response.headers();
    return {
      status: response.status(),
      contentType: headers["content-type"],
      csp: headers["content-security-policy"],
      body: (await response.text()).replace(/\r\n /g, ""),
    };
  } finally {
    await context.dispose();
  }
}

test("agenda-adres maken, zonder inloggen ophalen met de deadlines, intrekken → 404", async ({ page }) => {
  const problems = await watchBrowserProblems(page);
  const user = await createUser({ role: "CONTRIBUTOR", organisation: "ADSB" });
  const { rows } = await withAppDatabase((client) =>
    client.query<{ id: string; title: string }>(
      `SELECT a.id, a.title FROM "ActionItem" a JOIN "Organisation" o ON o.id = a."ownerOrganisationId"
       WHERE o.code = 'ADSB' AND a.status IN ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED') ORDER BY a."dueDate" LIMIT 1`,
    ),
  );
  const seeded = rows[0]!;
  await signInAs(page, user);
  await page.goto("/profiel");
  await expect(page.getByRole("heading", { level: 1, name: "Profiel" })).toBeVisible();
  await expect(page.getByText(user.email.split("@")[0]!)).toBeVisible();
  await expect(page.getByText("Atradius Dutch State Business (ADSB)")).toBeVisible();
  await expect(page.getByText("U heeft nog geen agenda-adres.")).toBeVisible();

  await page.getByRole("button", { name: "Agenda-adres maken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het agenda-adres is gemaakt" })).toBeVisible();
  const field = page.getByLabel("Uw persoonlijke agenda-adres");
  const url = await field.inputValue();
  expect(url).toMatch(/^https?:\/\/[^/]+\/agenda\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(page.getByText("Agenda toevoegen → Abonneren via internet", { exact: false })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Uw agenda-adressen" }).getByRole("cell", { name: "actief" }),
  ).toBeVisible();
  await screenshots(page, "nieuw");

  const feed = await fetchAnonymously(url);
  expect(feed.status).toBe(200);
  expect(feed.contentType).toBe("text/calendar; charset=utf-8");
  // proxy.ts lets /agenda/ through without a session, and still sets the security headers.
  expect(feed.csp).toContain("default-src 'self'");
  expect(feed.body).toContain("X-WR-CALNAME:Opvolging — deadlines ADSB");
  expect(feed.body).toContain(`UID:actie-${seeded.id}@opvolging`);
  expect(feed.body).toContain(
    "SUMMARY:Toezegging aan de Kamer: Kamerbrief over de implementatie van de aanbevelingen\\, voor de zomer van 2023",
  );
  expect(feed.body).toContain("DTSTART;VALUE=DATE:20230707");

  // Reloaded, the URL is not shown again; only the row in the list.
  await page.reload();
  await expect(page.getByLabel("Uw persoonlijke agenda-adres")).toHaveCount(0);
  expect(await page.content()).not.toContain(url.split("/agenda/")[1]!);

  // It works for a year: through 2 April 2024 from the demo's 3 April 2023 (2024 is a leap year).
  const list = page.getByRole("region", { name: "Uw agenda-adressen" });
  await expect(list.getByRole("cell", { name: "2 april 2024" })).toBeVisible();

  // "Vernieuwen": a new address shows once, in the same place; the old one stops at once.
  await page.getByRole("button", { name: /Agenda-adres van .* vernieuwen/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het agenda-adres is vernieuwd" })).toBeVisible();
  const renewed = await page.getByLabel("Uw persoonlijke agenda-adres").inputValue();
  expect(renewed).toMatch(/^https?:\/\/[^/]+\/agenda\/[A-Za-z0-9_-]{43}\.ics$/);
  expect(renewed).not.toBe(url);
  expect((await fetchAnonymously(url)).status).toBe(404);
  expect((await fetchAnonymously(renewed)).status).toBe(200);
  await expect(list.getByRole("cell", { name: /^ingetrokken op / })).toHaveCount(1);
  await screenshots(page, "vernieuwd");

  await page.getByRole("button", { name: /Agenda-adres van .* intrekken/ }).click();
  await expect(list.getByRole("cell", { name: /^ingetrokken op / })).toHaveCount(2);
  expect((await fetchAnonymously(renewed)).status).toBe(404);
  await screenshots(page, "ingetrokken");
  expect(problems.list()).toEqual([]);
});

test("de download Agenda (.ics) geeft de open acties van het filter als bestand", async ({ page }) => {
  const user = await createUser({ role: "READER", organisation: "FIN" });
  await signInAs(page, user);
  const response = await page.request.get("/acties/agenda?organisatie=ADSB");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="opvolging-deadlines-\d{4}-\d{2}-\d{2}\.ics"$/,
  );
  const body = (await response.text()).replace(/\r\n /g, "");
  expect(body).toMatch(/BEGIN:VEVENT/);
  expect(body).toContain("Actie van ADSB");
  expect(body).not.toContain("Actie van FIN");
  // Without a session: no file.
  expect((await fetchAnonymously(new URL("/acties/agenda", page.url()).toString())).status).not.toBe(200);
});

test(
  "Profiel op 400 px schuift niet opzij en heeft geen WCAG-overtreding volgens axe",
  { tag: "@thorough" },
  async ({ page }) => {
    test.slow();
    const user = await createUser({ role: "READER", organisation: "BZ" });
    await signInAs(page, user);
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto("/profiel");
    await page.getByRole("button", { name: "Agenda-adres maken" }).click();
    await expect(page.getByLabel("Uw persoonlijke agenda-adres")).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(scan.violations).toEqual([]);
  },
);
