// The look every page shares: one font, a favicon, nothing the browser complains about
// (no CSP violation, console error or missing file), nothing cut off on a phone, and in
// the demo the accounts on the sign-in page.
import type { Page } from "@playwright/test";
import { test, expect, demoUser } from "./fixtures";
import { watchBrowserProblems } from "./browser-problems";
import { DEMO_PASSWORD, demoUsers } from "../prisma/seed-data.ts";

const SIGNED_OUT_PAGES = ["/inloggen", "/toegankelijkheid", "/toegankelijkheid/bestaat-niet"];
const SIGNED_IN_PAGES = ["/aanbevelingen", "/toegankelijkheid", "/bestaat-niet"];
const NOT_FOUND = /\/bestaat-niet$/;

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(NOT_FOUND.test(path) ? 404 : 200);
  await page.waitForLoadState("networkidle");
}

test("geen CSP-schending, consolefout of ontbrekend bestand op enige pagina", async ({ page, loginAs }) => {
  test.slow(); // seven pages, each until the network is quiet
  const problems = await watchBrowserProblems(page);
  for (const path of SIGNED_OUT_PAGES) await visit(page, path);
  await loginAs(demoUser("COORDINATOR"));
  for (const path of SIGNED_IN_PAGES) await visit(page, path);
  // Client-side navigation too: Next loads the next page's code and styles itself.
  await page.getByRole("link", { name: "Toegankelijkheid" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  expect(problems.list({ expectedFailures: NOT_FOUND })).toEqual([]);
});

async function fontOf(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).fontFamily);
}

test("één lettertype op elk element, ook woordmerk, demobanner, labels, skiplink en voettekst", async ({ page }) => {
  await page.goto("/inloggen");
  await page.keyboard.press("Tab");
  await expect(page.locator(".utrecht-skip-link")).toBeFocused();

  const fonts = {
    body: await fontOf(page, "body"),
    wordmark: await fontOf(page, ".wordmark__name"),
    demoBanner: await fontOf(page, ".demo-banner"),
    formLabel: await fontOf(page, "label[for=email]"),
    skipLink: await fontOf(page, ".utrecht-skip-link"),
    footerLink: await fontOf(page, ".site-footer a"),
    heading: await fontOf(page, "h1"),
    input: await fontOf(page, "#email"),
    button: await fontOf(page, "button[type=submit]"),
    table: await fontOf(page, ".demo-accounts td"),
  };
  expect(fonts.body).toMatch(/, sans-serif$/);
  for (const [element, font] of Object.entries(fonts)) expect(font, element).toBe(fonts.body);
});

test("een favicon in de kleur van de app", async ({ page, request }) => {
  await page.goto("/inloggen");
  const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain("#1f3a56");
});

test("/favicon.ico bestaat, voor browsers en programma's die daar zelf kijken", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  // An ICO file: reserved 0, type 1 (icon), then the number of images.
  const bytes = await favicon.body();
  expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);
});

test("de demo toont op de inlogpagina de accounts en het wachtwoord", async ({ page }) => {
  await page.goto("/inloggen");
  const section = page.getByRole("region", { name: "Demo-accounts" });
  await expect(section).toContainText(`In de demo hebben alle accounts hetzelfde wachtwoord: ${DEMO_PASSWORD}`);
  const table = section.getByRole("table", { name: "Demo-accounts met hun rol, organisatie en e-mailadres" });
  await expect(table.getByRole("columnheader")).toHaveText(["Rol", "Organisatie", "E-mailadres"]);
  await expect(table.getByRole("row")).toHaveCount(demoUsers.length + 1);
  await expect(table.getByRole("rowheader").first()).toHaveText("Coördinator");
  for (const user of demoUsers) await expect(table.getByRole("cell", { name: user.email, exact: true })).toBeVisible();
});

for (const width of [1280, 400]) {
  test(`op ${width} px past elke pagina in de breedte`, async ({ page, loginAs }, testInfo) => {
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    const check = async (path: string, name: string) => {
      await visit(page, path);
      // The elements that stick out on the right, named in the failure message. Content of a
      // scroll container (the wide tables scroll sideways on purpose) does not count.
      const tooWide = await page.evaluate(() => {
        const insideScroller = (element: Element) => {
          for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
            if (["auto", "scroll"].includes(getComputedStyle(parent).overflowX)) return true;
          }
          return false;
        };
        return [...document.body.querySelectorAll("*")]
          .filter(
            (element) =>
              element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 &&
              !insideScroller(element),
          )
          .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`);
      });
      expect(tooWide, `${path} past niet op ${width} px`).toEqual([]);
      // Text can stick out of a box that itself fits (a long word): the page must not scroll sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} is ${overflow} px te breed op ${width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
    };
    await check("/inloggen", "inloggen");
    await check("/toegankelijkheid", "toegankelijkheid");
    await check("/toegankelijkheid/bestaat-niet", "404");
    await loginAs(demoUser("COORDINATOR"));
    await check("/aanbevelingen", "aanbevelingen");
  });
}
