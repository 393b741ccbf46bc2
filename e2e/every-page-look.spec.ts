// Every page × every role × 1280 and 400 px: no axe violation (WCAG 2.0–2.2 A and AA), no
// console error or warning, no CSP violation or failed request, no sideways scroll on a
// phone. The pages and who may see them come from e2e/pages/page-table.ts.
//
// `npm run test:thorough` (THOROUGH=1) walks every combination; `npm test` a slice: a quarter
// of the pages, each with one role and width, different ones each day, so the slice rotates
// through all combinations over the days (and CI walks them all every run).
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, demoUser } from "./fixtures";
import { watchBrowserProblems } from "./browser-problems";
import { PAGE_TABLE, VISITORS, type PageIds, type Visitor } from "./pages/page-table";
import { pageFixtures } from "./pages/page-fixtures";
import { demoUserFor } from "./pages/visitors";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDTHS = [1280, 400] as const;

type Visit = { route: string; visitor: Visitor; width: (typeof WIDTHS)[number] };

/** Every page a visitor sees rendered (200, or the 403 refusal), at both widths. */
function allVisits(): Visit[] {
  const visits: Visit[] = [];
  for (const [route, row] of Object.entries(PAGE_TABLE)) {
    for (const visitor of VISITORS) {
      const outcome = row.outcome[visitor];
      if (outcome !== 200 && outcome !== 403) continue;
      for (const width of WIDTHS) visits.push({ route, visitor, width });
    }
  }
  return visits;
}

/** Pages in the daily slice: one in SLICE_PAGES_EVERY. */
const SLICE_PAGES_EVERY = 4;

/** One visit for a quarter of the pages, rotating by the day, so that over the days every combination comes up. */
function dailySlice(visits: Visit[]): Visit[] {
  const day = Math.floor(Date.now() / 86_400_000);
  const routes = [...new Set(visits.map((visit) => visit.route))];
  return routes.flatMap((route, index) => {
    if ((day + index) % SLICE_PAGES_EVERY !== 0) return [];
    const ofRoute = visits.filter((visit) => visit.route === route);
    return [ofRoute[Math.floor(day / SLICE_PAGES_EVERY + index) % ofRoute.length]!];
  });
}

const visits = process.env.THOROUGH ? allVisits() : dailySlice(allVisits());

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

let ids: PageIds;
test.beforeAll(async () => {
  ids = await pageFixtures();
});

for (const visitor of VISITORS) {
  const mine = visits.filter((visit) => visit.visitor === visitor);
  if (mine.length === 0) continue;
  test(`axe, console en breedte: ${mine.length} pagina's als ${visitor}`, async ({ page, loginAs }) => {
    test.setTimeout(60_000 + mine.length * 20_000);
    const problems = await watchBrowserProblems(page);
    const user = demoUserFor(visitor);
    if (user) await loginAs(demoUser(user.role, user.organisation));
    const found: string[] = [];
    for (const { route, width } of mine) {
      const path = PAGE_TABLE[route]!.path(ids);
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(path);
      expect([200, 403], `${path} als ${visitor}`).toContain(response?.status());
      await page.waitForLoadState("networkidle");
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      for (const violation of results.violations) {
        found.push(
          `${path} @${width}: ${violation.id} (${violation.impact}) ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(" "))
            .join(" | ")}`,
        );
      }
      if (width === 400) {
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) found.push(`${path} @400: ${overflow} px te breed`);
      }
    }
    // A refused page is answered 403 on purpose; everything else the browser reports counts.
    const refused = Object.entries(PAGE_TABLE)
      .filter(([route]) => mine.some((visit) => visit.route === route))
      .filter(([, row]) => row.outcome[visitor] === 403)
      .map(([, row]) => row.path(ids));
    const expectedFailures = refused.length
      ? new RegExp(`^[^?#]*(${refused.map((path) => path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`)
      : undefined;
    expect([...found, ...problems.list({ expectedFailures })]).toEqual([]);
  });
}
