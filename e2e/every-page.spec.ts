// Every page for every role: the status each visitor gets, from the one table in
// e2e/pages/page-table.ts. A refused page is a 403 with the one wording; an unknown or
// malformed id a 404; an anonymous visitor goes to the sign-in page. The list of pages
// comes from app/, so a page added without a row in the table fails here.
import type { APIRequestContext } from "@playwright/test";
import { test, expect, demoUser } from "./fixtures";
import { PAGE_TABLE, UNKNOWN_IDS, VISITORS, routesInApp, type Outcome, type PageIds } from "./pages/page-table";
import { pageFixtures } from "./pages/page-fixtures";
import { demoUserFor } from "./pages/visitors";

const REFUSAL = "U heeft geen toestemming voor deze pagina.";

test("elke pagina in app/ heeft een rij in de paginatabel, en elke rij een pagina", () => {
  const routes = routesInApp();
  expect(
    routes.filter((route) => !(route in PAGE_TABLE)),
    "pagina's zonder rij",
  ).toEqual([]);
  expect(
    Object.keys(PAGE_TABLE).filter((route) => !routes.includes(route)),
    "rijen zonder pagina",
  ).toEqual([]);
});

/** What the visitor got at `path`: the status code, or where a redirect led. */
async function outcomeAt(
  request: APIRequestContext,
  path: string,
): Promise<{ outcome: Outcome | number | string; body: string }> {
  const response = await request.get(path, { maxRedirects: 0 });
  const status = response.status();
  if (status >= 300 && status < 400) {
    const target = new URL(response.headers()["location"] ?? "", "http://app").pathname;
    return {
      outcome: target === "/inloggen" ? "inloggen" : target === "/" ? "dashboard" : `redirect ${target}`,
      body: "",
    };
  }
  return { outcome: status, body: await response.text() };
}

let ids: PageIds;
test.beforeAll(async () => {
  ids = await pageFixtures();
});

for (const visitor of VISITORS) {
  test(`elke pagina geeft ${visitor === "anonymous" ? "een anonieme bezoeker" : `de rol ${visitor}`} de status uit de tabel`, async ({
    page,
    loginAs,
  }) => {
    test.slow(); // about thirty pages rendered on a shared machine
    const user = demoUserFor(visitor);
    if (user) await loginAs(demoUser(user.role, user.organisation));
    const found: string[] = [];
    const expected: string[] = [];
    for (const [route, row] of Object.entries(PAGE_TABLE)) {
      const path = row.path(ids);
      const want = row.outcome[visitor];
      const { outcome, body } = await outcomeAt(page.request, path);
      found.push(`${route} → ${outcome}`);
      expected.push(`${route} → ${want}`);
      if (want === 403 && outcome === 403) expect(body, `${route}: de ene weigering`).toContain(REFUSAL);
      if (!route.includes("[id]")) continue;
      // An unknown or malformed id: 404 wherever the page itself is open to the visitor.
      for (const unknown of UNKNOWN_IDS) {
        const unknownPath = path.replace(
          Object.values(ids).find((id) => path.includes(id))!,
          encodeURIComponent(unknown),
        );
        const wantUnknown = row.unknownId?.[visitor] ?? (want === 200 ? 404 : want);
        found.push(
          `${route} (onbekend id ${unknown.slice(0, 12)}) → ${(await outcomeAt(page.request, unknownPath)).outcome}`,
        );
        expected.push(`${route} (onbekend id ${unknown.slice(0, 12)}) → ${wantUnknown}`);
      }
    }
    expect(found).toEqual(expected);
  });
}

test("de weigering: 403, de titel van de pagina in het tabblad, één kop en de ene zin", async ({ page, loginAs }) => {
  await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
  const response = await page.goto("/beheer/import");
  expect(response?.status()).toBe(403);
  await expect(page).toHaveTitle(/^Importeren uit Excel/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toestemming");
  await expect(page.getByRole("alert").filter({ hasText: REFUSAL })).toBeVisible();
  // Inside the usual frame: the main navigation is there.
  await expect(page.getByRole("navigation", { name: "Hoofdnavigatie" })).toBeVisible();
  await expect(page.getByLabel("Excel-bestand (.xlsx)")).toHaveCount(0);
});
