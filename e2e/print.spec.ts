// Printing: the dashboard, an action, a recommendation, a Kamerbrief and the Logboek print
// without navigation, buttons or forms, with the main heading and the demo banner. Each is
// printed to PDF by Chromium (the print style sheet applies) and its text read back.
import { test, expect, demoUser } from "./fixtures";
import { pageFixtures } from "./pages/page-fixtures";
import { pdfText } from "../test/pdf-text.ts";

test.describe.configure({ timeout: 180_000 });

const PRINTED = [
  { name: "dashboard", path: () => "/" },
  { name: "actie", path: (ids: { action: string }) => `/acties/${ids.action}` },
  { name: "aanbeveling", path: (ids: { recommendation: string }) => `/aanbevelingen/${ids.recommendation}` },
  { name: "kamerbrief", path: (ids: { letter: string }) => `/rapportages/${ids.letter}` },
  { name: "logboek", path: () => "/logboek" },
];

test(
  "vijf pagina's afgedrukt: kop en demobanner wel, navigatie, knoppen en formulieren niet",
  { tag: "@thorough" },
  async ({ page, loginAs }) => {
    const ids = await pageFixtures();
    await loginAs(demoUser("COORDINATOR"));
    for (const { name, path } of PRINTED) {
      await page.goto(path(ids));
      // Nothing still loading (a late fetch re-rendering part of the page) while Chromium prints.
      await page.waitForLoadState("networkidle");
      // The heading's own words, without the "illustratief" marker and its hidden explanation.
      const heading = (await page.getByRole("heading", { level: 1 }).innerText())
        .replace(/\s+/g, " ")
        .split(" illustratief")[0]!
        .trim();

      await page.emulateMedia({ media: "print" });
      await expect(page.getByRole("navigation", { name: "Hoofdnavigatie" }), name).toBeHidden();
      await expect(page.getByRole("navigation", { name: "Kruimelpad" }), name).toBeHidden();
      expect(await page.locator("main button:visible, main form:visible").count(), `${name}: knoppen`).toBe(0);
      if (process.env.SHOTS) {
        // A sheet of A4 is about 794 CSS pixels wide.
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.screenshot({
          path: `${process.env.SHOTS_DIR ?? "test-results/shots"}/afdruk-${name}.png`,
          fullPage: true,
        });
        await page.setViewportSize({ width: 1280, height: 720 });
      }
      // Back to no emulation: page.pdf() prints with the print style sheet unless told "screen".
      await page.emulateMedia({ media: null });

      const printed = await page.pdf({ format: "A4", printBackground: true, tagged: true });
      const text = pdfText(printed).replace(/\s+/g, " ");
      // Kept with the test's results when the heading is missing: was it the page or the reader?
      if (!text.includes(heading))
        await test.info().attach(`${name}.pdf`, { body: printed, contentType: "application/pdf" });
      expect(text, `${name}: de kop`).toContain(heading);
      expect(text, `${name}: de demobanner`).toContain("Demo — peildatum");
      for (const screenOnly of ["Uitloggen", "Kengetallen", "Toegankelijkheid"]) {
        expect(text, `${name}: ${screenOnly}`).not.toContain(screenOnly);
      }
    }
  },
);
