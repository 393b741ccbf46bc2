import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures";

test.describe("toegankelijkheidsverklaring", () => {
  test("noemt de status, wat nog niet voldoet en hoe u een probleem meldt", async ({ page }) => {
    await page.goto("/toegankelijkheid");
    await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Nalevingsstatus: voldoet gedeeltelijk" })).toBeVisible();
    await expect(page.getByText("nog niet onderzocht door een deskundige, onafhankelijke partij")).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "Wat nog niet voldoet of nog niet is nagegaan" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Een probleem melden" })).toBeVisible();
    // Nothing it may not claim: no "no known limitations", no audit that is not planned.
    await expect(page.getByText("geen beperkingen bekend")).toHaveCount(0);
    await expect(page.getByText("staat nog gepland")).toHaveCount(0);
  });

  for (const width of [1280, 400]) {
    test(
      `heeft geen toegankelijkheidsfouten (WCAG 2.1 AA) en past op ${width} px`,
      { tag: "@thorough" },
      async ({ page }) => {
        test.slow(); // axe and a full-page screenshot; the machines are shared
        await page.setViewportSize({ width, height: 900 });
        const errors: string[] = [];
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(message.text());
        });
        page.on("response", (response) => {
          if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
        });
        await page.goto("/toegankelijkheid");
        const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(scan.violations).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
        await page.screenshot({ path: test.info().outputPath(`toegankelijkheid-${width}.png`), fullPage: true });
        expect(errors).toEqual([]);
      },
    );
  }
});
