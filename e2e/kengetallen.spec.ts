// Kengetallen: the seeded series as a chart whose text alternative names the values, with
// the table beside it; the Coördinator adds 2023 with a source and sees it in both (and a
// year that is already there refused in Dutch); a Lezer sees no form.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, demoUser } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { expectErrorSummaryLeadsTo } from "./error-summary";

test.describe.configure({ timeout: 90_000 });

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const shoot = (page: Page, name: string) => shootWhenAsked(page, `kengetallen-${name}`);

function section(page: Page, name: RegExp) {
  return page.getByRole("region", { name });
}

test("de Lezer ziet de kengetallen als grafiek met tabel en bron, zonder formulier", async ({ page, loginAs }) => {
  await loginAs(demoUser("READER"));
  await page.goto("/kengetallen");
  await expect(page.getByRole("heading", { level: 1, name: "Kengetallen" })).toBeVisible();

  const clients = section(page, /^Nieuwe klanten exportkredietverzekering$/);
  await expect(clients.getByRole("img")).toHaveAccessibleName(
    "Nieuwe klanten exportkredietverzekering, 2018–2022 Staafdiagram per jaar (eenheid: aantal). 2018: 29, 2019: 39, 2020: 45, 2021: 38, 2022: 45. Laagste waarde: 29 in 2018. Hoogste waarde: 45 in 2020 en 2022.",
  );
  const table = clients.getByRole("table", { name: "Nieuwe klanten exportkredietverzekering: waarden per jaar" });
  await expect(table.getByRole("row")).toHaveText([
    /^JaarWaardeEenheid$/,
    "201829aantal",
    "201939aantal",
    "202045aantal",
    "202138aantal",
    "202245aantal",
  ]);
  await expect(clients).toContainText("2018–2022:");
  await expect(clients).toContainText("tabel 29");

  // One year: the figure itself, not a lone bar.
  const obligations = section(page, /^Uitstaande garantieverplichtingen/);
  await expect(obligations.getByText("€ 18,8 mld.", { exact: true })).toBeVisible();
  await expect(obligations.getByText("Stand 2022")).toBeVisible();
  await expect(obligations.getByRole("table").getByRole("row").nth(1)).toHaveText("202218,8€ mld.");

  await expect(page.getByRole("button", { name: "Waarde toevoegen" })).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  await shoot(page, "lezer");
});

test(
  "de Coördinator voegt 2023 toe met een bron en ziet het in grafiek en tabel",
  { tag: "@thorough" },
  async ({ page, loginAs }) => {
    await loginAs(demoUser("COORDINATOR"));
    await page.goto("/kengetallen");
    const clients = section(page, /^Nieuwe klanten exportkredietverzekering$/);
    const form = clients.getByRole("form", { name: "Waarde toevoegen" });

    // A year that is already there: a Dutch error next to the year, the input kept.
    await form.getByLabel("Jaar").fill("2022");
    await form.getByLabel("Waarde (aantal)").fill("50");
    await form.getByLabel("Bron").fill("Jaarverslag IX 2023, tabel 29");
    await form.getByRole("button", { name: "Waarde toevoegen" }).click();
    await expect(form.getByLabel("Jaar")).toHaveAccessibleDescription(/Voor 2022 is al een waarde ingevoerd/);
    await expectErrorSummaryLeadsTo(form, /Voor 2022 is al een waarde ingevoerd/, form.getByLabel("Jaar"));
    await expect(form.getByLabel("Bron")).toHaveValue("Jaarverslag IX 2023, tabel 29");
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

    await form.getByLabel("Jaar").fill("2023");
    await form.getByRole("button", { name: "Waarde toevoegen" }).click();
    await expect(form.getByRole("status")).toHaveText("De waarde voor 2023 is toegevoegd.");
    await expect(clients.getByRole("img")).toHaveAccessibleName(
      /2018–2023 .*2022: 45, 2023: 50\. Laagste waarde: 29 in 2018\. Hoogste waarde: 50 in 2023\.$/,
    );
    await expect(clients.getByRole("table").getByRole("row").last()).toHaveText("202350aantal");
    await expect(clients).toContainText("2023: Jaarverslag IX 2023, tabel 29");

    // A decimal comma: the single figure becomes a chart of two years.
    const obligations = section(page, /^Uitstaande garantieverplichtingen/);
    const second = obligations.getByRole("form", { name: "Waarde toevoegen" });
    await second.getByLabel("Jaar").fill("2023");
    await second.getByLabel("Waarde (€ mld.)").fill("19,35");
    await second.getByLabel("Bron").fill("Jaarverslag IX 2023");
    await second.getByRole("button", { name: "Waarde toevoegen" }).click();
    await expect(second.getByRole("status")).toHaveText("De waarde voor 2023 is toegevoegd.");
    await expect(obligations.getByRole("img")).toHaveAccessibleName(/2022: € 18,8 mld\., 2023: € 19,35 mld\./);
    await expect(obligations.getByRole("table").getByRole("row").last()).toHaveText("202319,35€ mld.");
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
    await shoot(page, "coordinator");
  },
);
