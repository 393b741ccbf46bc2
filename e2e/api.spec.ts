// The JSON API end to end: make a token on /profiel, call the API with it from outside the
// browser (Playwright's request), add progress, revoke the token, and the next call gets 401.
// Without a token, or with only the session cookie, /api/v1 answers 401 problem+json and
// never redirects to the sign-in page. The reference page /api, to axe, at 1280 and 400 px.
import AxeBuilder from "@axe-core/playwright";
import { request as playwrightRequest, type Page } from "@playwright/test";
import { test, expect, createUser, signInAs, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { watchBrowserProblems } from "./browser-problems";

test.describe.configure({ timeout: 120_000 });

const screenshots = (page: Page, name: string) => shootWhenAsked(page, `api-${name}`);

test("API-token maken, de API aanroepen, intrekken → 401", async ({ page, baseURL }) => {
  const problems = await watchBrowserProblems(page);
  const user = await createUser({ role: "CONTRIBUTOR", organisation: "ADSB" });
  const { rows } = await withAppDatabase((client) =>
    client.query<{ id: string }>(
      `SELECT a.id FROM "ActionItem" a JOIN "Organisation" o ON o.id = a."ownerOrganisationId"
       WHERE o.code = 'ADSB' AND a.status = 'IN_PROGRESS' ORDER BY a."dueDate" LIMIT 1`,
    ),
  );
  const action = rows[0]!;
  await signInAs(page, user);
  await page.goto("/profiel");
  const section = page.getByRole("region", { name: "API-tokens" });
  await expect(section.getByText("U heeft nog geen API-token.")).toBeVisible();

  await section.getByLabel("Naam").fill("Rapportage ministerie");
  await section.getByLabel("Geldig", { exact: true }).selectOption("30");
  await section.getByRole("button", { name: "API-token maken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het API-token is gemaakt" })).toBeVisible();
  const token = await page.getByLabel("Uw nieuwe API-token").inputValue();
  expect(token).toMatch(/^opv_[A-Za-z0-9_-]{43}$/);
  const list = page.getByRole("region", { name: "Uw API-tokens" });
  await expect(list.getByRole("rowheader", { name: "Rapportage ministerie" })).toBeVisible();
  await expect(list.getByRole("cell", { name: "geldig" })).toBeVisible();
  await expect(list.getByText(`${token.slice(0, 10)}…`)).toBeVisible();
  await screenshots(page, "tokens");

  // Another system: no cookies, only the token.
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const anonymous = await playwrightRequest.newContext({ baseURL });
  try {
    const listed = await api.get("/api/v1/actions?organisatie=ADSB&status=IN_PROGRESS");
    expect(listed.status()).toBe(200);
    const body = (await listed.json()) as { items: { id: string; organisation: { code: string } }[]; total: number };
    expect(body.items.map((item) => item.id)).toContain(action.id);

    const one = await api.get(`/api/v1/actions/${action.id}`);
    expect(one.status()).toBe(200);
    const { version } = (await one.json()) as { version: number };
    const added = await api.post(`/api/v1/actions/${action.id}/progress`, {
      data: { version, text: "Voortgang uit het rapportagesysteem.", percentDone: 60 },
    });
    expect(added.status()).toBe(201);
    expect(await added.json()).toMatchObject({ percentDone: 60, version: version + 1 });
    const stale = await api.post(`/api/v1/actions/${action.id}/progress`, { data: { version, text: "Nog eens." } });
    expect(stale.status()).toBe(409);
    expect(stale.headers()["content-type"]).toMatch(/^application\/problem\+json/);

    // Without a token: 401 problem+json, no redirect to the sign-in page.
    const refused = await anonymous.get("/api/v1/actions", { maxRedirects: 0 });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toMatch(/^application\/problem\+json/);
    expect(((await refused.json()) as { title: string }).title).toBe("Niet geauthenticeerd");
    // The browser's session cookie does not authenticate the API.
    expect((await page.request.get("/api/v1/evaluations", { maxRedirects: 0 })).status()).toBe(401);
    // The OpenAPI document needs no token.
    expect((await anonymous.get("/api/v1/openapi.json")).status()).toBe(200);

    // The action page shows the entry, written in the user's name.
    await page.goto(`/acties/${action.id}`);
    await expect(page.getByText("Voortgang uit het rapportagesysteem.").first()).toBeVisible();

    await page.goto("/profiel");
    await page.getByRole("button", { name: "API-token Rapportage ministerie intrekken" }).click();
    await expect(page.getByRole("region", { name: "Uw API-tokens" }).getByText(/ingetrokken op/)).toBeVisible();
    const afterRevoke = await api.get("/api/v1/evaluations", { maxRedirects: 0 });
    expect(afterRevoke.status()).toBe(401);
  } finally {
    await api.dispose();
    await anonymous.dispose();
  }
  expect(problems.list()).toEqual([]);
});

test(
  "API-documentatie: uit het OpenAPI-document, gelinkt vanaf Profiel, toegankelijk",
  { tag: "@thorough" },
  async ({ page }) => {
    const user = await createUser({ role: "READER", organisation: "BZ" });
    await signInAs(page, user);
    await page.goto("/profiel");
    await page.getByRole("link", { name: "Documentatie van de API" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API-documentatie" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Voortgang toevoegen" })).toBeVisible();
    await expect(page.getByText("POST /api/v1/actions/{id}/progress").first()).toBeVisible();
    await expect(page.getByRole("region", { name: /Parameters: Acties, met de filters van de lijst/ })).toBeVisible();
    await screenshots(page, "documentatie");
    const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(scan.violations).toEqual([]);
    await page.setViewportSize({ width: 400, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  },
);
