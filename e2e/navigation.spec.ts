// Finding one's way: the Kruimelpad on detail pages, the current item of the main
// navigation, and the pagination of a long list (numbers, first and last, "Ga naar pagina"),
// all without client JavaScript.
import { test, expect, demoUser, createUser, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { pageFixtures } from "./pages/page-fixtures";

// A busy shared machine: a sign-in and a few server-rendered pages each.
test.describe.configure({ timeout: 120_000 });

test("een actie heeft een kruimelpad tot het dashboard, en Acties is het huidige onderdeel", async ({
  page,
  loginAs,
}) => {
  const ids = await pageFixtures();
  await loginAs(demoUser("READER"));
  await page.goto(`/acties/${ids.action}`);
  const crumbs = page.getByRole("navigation", { name: "Kruimelpad" });
  await expect(crumbs.getByRole("link")).toHaveText(["Dashboard", "Aanbevelingen", /^Aanbeveling \d+/]);
  // The current page is the action itself: its title opens the page's heading.
  const current = (await crumbs.locator('[aria-current="page"]').innerText()).trim();
  expect(current.length).toBeGreaterThan(0);
  expect((await page.getByRole("heading", { level: 1 }).innerText()).startsWith(current)).toBe(true);
  await crumbs.getByRole("link", { name: /^Aanbeveling \d+/ }).click();
  await expect(page).toHaveURL(new RegExp(`/aanbevelingen/${ids.recommendation}$`));
  const main = page.getByRole("navigation", { name: "Hoofdnavigatie" });
  await expect(main.locator('[aria-current="page"]')).toHaveText("Aanbevelingen");
  await shootWhenAsked(page, "kruimelpad-aanbeveling");
});

// The most items (Logboek and Beheer) go to the Coördinator and the Beheerder; on the page
// of the widest label, shown in bold as the current item, they still share one row at 1280 px.
// At 400 px they wrap, but nothing runs off the side.
// The two roles with the fewest items run only in npm run test:thorough.
const ROLES = [
  ["COORDINATOR", "de Coördinator", []],
  ["ADMIN", "de Beheerder", []],
  ["CONTRIBUTOR", "de Bijdrager", ["@thorough"]],
  ["READER", "de Lezer", ["@thorough"]],
] as const;
for (const [role, name, tag] of ROLES) {
  test(`de hoofdnavigatie van ${name} past op één regel bij 1280 px`, { tag: [...tag] }, async ({ page, loginAs }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await loginAs(demoUser(role));
    await page.goto("/aanbevelingen");
    const main = page.getByRole("navigation", { name: "Hoofdnavigatie" });
    await expect(main.locator('[aria-current="page"]')).toHaveText("Aanbevelingen");
    const links = main.getByRole("link");
    if (role === "COORDINATOR" || role === "ADMIN") {
      await expect(links.filter({ hasText: /^(Logboek|Beheer)$/ })).toHaveCount(2);
    }
    const boxes = await links.evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { label: element.textContent, top: Math.round(box.top), bottom: Math.round(box.bottom) };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    // One row: every item at the first one's height; a wrapped item shows in the diff by its label.
    const [first] = boxes;
    expect(boxes).toEqual(boxes.map(({ label }) => ({ label, top: first!.top, bottom: first!.bottom })));

    await page.setViewportSize({ width: 400, height: 900 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    const narrow = await links.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().right),
    );
    for (const right of narrow) expect(right).toBeLessThanOrEqual(400);
    await page.setViewportSize({ width: 1280, height: 900 });
    await shootWhenAsked(page, `hoofdnavigatie-${role.toLowerCase()}`);
  });
}

// Without client JavaScript: plain links and a GET form.
test.describe(() => {
  test.use({ javaScriptEnabled: false });
  test("het logboek bladert met paginanummers, eerste en laatste, en springt naar een pagina", async ({
    page,
    loginAs,
  }) => {
    // 500 events of one person of this test's own: ten pages of 50 in the Logboek filtered on them.
    const person = await createUser();
    await withAppDatabase((client) =>
      client.query(
        `INSERT INTO "AuditEvent" (id, "actorId", "entityType", "entityId", kind, "occurredAt")
       SELECT 'e2e-pag-' || $1 || '-' || n, $1, 'User', $1, 'SIGN_IN', now() - n * interval '1 minute'
       FROM generate_series(1, 500) AS n`,
        [person.id],
      ),
    );
    await loginAs(demoUser("COORDINATOR"));
    await page.goto(`/logboek?persoon=${person.id}`);
    const pages = page.getByRole("navigation", { name: "Paginering" });
    await expect(pages.locator('[aria-current="page"]')).toContainText("Pagina 1, huidige pagina");
    await expect(pages.getByRole("link")).toHaveText(["2", "3", "10", "Volgende pagina"]);
    await expect(pages.getByRole("link", { name: "Pagina 10, laatste pagina" })).toBeVisible();
    // The screenshot helper waits for a frame through JavaScript, switched off here.
    if (process.env.SHOTS) {
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({
          path: `${process.env.SHOTS_DIR ?? "test-results/shots"}/paginering-logboek-${width}.png`,
          fullPage: true,
        });
        await pages.screenshot({ path: `${process.env.SHOTS_DIR ?? "test-results/shots"}/paginering-${width}.png` });
      }
    }

    await pages.getByLabel("Paginanummer (1 tot en met 10)").fill("6");
    await pages.getByRole("button", { name: "Ga naar pagina" }).click();
    await expect(page).toHaveURL(/pagina=6/);
    await expect(page).toHaveURL(new RegExp(`persoon=${person.id}`));
    await expect(pages.locator('[aria-current="page"]')).toContainText("Pagina 6, huidige pagina");
    await expect(pages.getByRole("link")).toHaveText([
      "Vorige pagina",
      "1",
      "4",
      "5",
      "7",
      "8",
      "9",
      "10",
      "Volgende pagina",
    ]);
    await pages.getByRole("link", { name: "Pagina 10, laatste pagina" }).click();
    await expect(pages.locator('[aria-current="page"]')).toContainText("Pagina 10, huidige pagina");
    await expect(pages.getByRole("link", { name: "Volgende pagina" })).toHaveCount(0);
    await pages.getByRole("link", { name: "Pagina 1, eerste pagina" }).click();
    await expect(pages.locator('[aria-current="page"]')).toContainText("Pagina 1, huidige pagina");
  });
});
