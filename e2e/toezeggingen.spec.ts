// Toezeggingen: the commitment "voor de zomer van 2023" with its date, the Coördinator's
// forms (add with a linked recommendation, mark voldaan with a new Kamerstuk, which the
// timeline then shows) and the Lezer, who sees no forms.
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, demoUser } from "./fixtures";
import { shootWhenAsked } from "./screenshots";

test.describe.configure({ timeout: 120_000 });

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const shoot = (page: Page, name: string) => shootWhenAsked(page, `toezeggingen-${name}`);

test("de toezegging ‘voor de zomer van 2023’ staat er met haar datum; de Lezer ziet geen formulieren", async ({
  page,
  loginAs,
}) => {
  await loginAs(demoUser("READER"));
  await page.goto("/toezeggingen");
  await expect(page.getByRole("heading", { level: 1, name: "Toezeggingen" })).toBeVisible();
  const card = page.getByRole("listitem").filter({
    has: page.getByRole("heading", {
      level: 3,
      name: "Kamerbrief over de implementatie van de aanbevelingen, voor de zomer van 2023",
    }),
  });
  await expect(card).toContainText(
    "‘Voor de zomer van 2023 zal het kabinet middels een Kamerbrief hierover rapporteren.’",
  );
  await expect(card).toContainText("7 juli 2023");
  await expect(card).toContainText("open");
  await expect(page.getByRole("link", { name: "Toezegging toevoegen" })).toHaveCount(0);

  const timeline = page.locator("ol.timeline");
  await expect(timeline.locator("[aria-current=date]")).toContainText("Vandaag");
  await expect(timeline).toContainText("Kamerstuk 36 200 IX, nr. 11");
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  await shoot(page, "lijst");

  await card.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("voor de zomer van 2023");
  await expect(
    page.getByRole("table", { name: "Aanbevelingen bij deze toezegging met evaluatie en status" }),
  ).toBeVisible();
  await expect(page.getByRole("button")).not.toContainText(["Status vastleggen"]);
  await expect(page.getByRole("link", { name: "Toezegging bewerken" })).toHaveCount(0);
  await expect(page.locator("form.stacked-form")).toHaveCount(0);
  await page.goto("/toezeggingen/nieuw");
  await expect(page.getByRole("alert").filter({ hasText: "U heeft geen toestemming voor deze pagina." })).toBeVisible();
});

test("de Coördinator voegt een toezegging toe, koppelt een aanbeveling en markeert haar als voldaan met een nieuw Kamerstuk", async ({
  page,
  loginAs,
}) => {
  const unique = crypto.randomUUID().slice(0, 8);
  const title = `Voortgangsbrief ${unique}`;
  const number = String(1000 + Math.floor(Math.random() * 8000));
  await loginAs(demoUser("COORDINATOR", "FIN"));
  await page.goto("/toezeggingen");
  await page.getByRole("link", { name: "Toezegging toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Toezegging toevoegen" })).toBeVisible();

  // A date that does not exist is refused next to its field; the input stays.
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Oorspronkelijke formulering").fill("voor het kerstreces");
  await page.getByLabel("Termijn (datum)").fill("30-2-2030");
  await page.getByLabel("Herkomst", { exact: true }).selectOption({ label: "Debat" });
  await page.getByLabel("Omschrijving van het debat").fill("Commissiedebat exportkredietverzekering");
  await page.getByLabel("Verantwoordelijke bewindspersoon").fill("Staatssecretaris van Financiën");
  await page.getByLabel("Bron", { exact: true }).fill("Verslag van het commissiedebat");
  // Each box stands before its recommendation, as every checkbox in the app does.
  const firstBox = await page.getByRole("checkbox").first().boundingBox();
  const firstLabel = await page.locator(".commitment-recommendations label").first().boundingBox();
  expect(firstBox!.x).toBeLessThan(firstLabel!.x);
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Toezegging toevoegen" }).click();
  await expect(page.getByLabel("Termijn (datum)")).toHaveAccessibleDescription(
    /Deze datum bestaat niet\. Vul een bestaande datum in, bijvoorbeeld 30-6-2023\./,
  );
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await expect(page.getByRole("checkbox").first()).toBeChecked();
  await page.getByLabel("Termijn (datum)").fill("18-12-2030");
  await shoot(page, "nieuw");
  await page.getByRole("button", { name: "Toezegging toevoegen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "De toezegging is toegevoegd." })).toBeVisible();
  await expect(page.getByText("18 december 2030").first()).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Aanbevelingen bij deze toezegging met evaluatie en status" }).getByRole("row"),
  ).toHaveCount(2);

  await page.getByLabel("Status", { exact: true }).selectOption({ label: "voldaan" });
  await page.getByLabel("Verstuurd document").selectOption({ label: "Nieuw document registreren (hieronder)" });
  await page.getByLabel("Soort document").selectOption({ label: "Kamerbrief" });
  await page.getByLabel("Dossiernummer").fill("36 200 IX");
  await page.getByLabel("Ondernummer").fill(number);
  await page.getByLabel("Datum van verzending").fill("2030-12-10");
  await page.getByLabel("Titel van het document").fill(`Kamerbrief over de voortgang ${unique}`);
  await page.getByLabel("Bron", { exact: true }).fill("Tweede Kamer");
  await page.getByRole("button", { name: "Status vastleggen" }).click();
  await expect(page.getByText("De status is vastgelegd: voldaan.")).toBeVisible();
  await expect(page.locator("#voldaan-met + p")).toContainText(`Kamerstuk 36 200 IX, nr. ${number}`);
  await expect(page.locator(".history")).toContainText("Status gewijzigd");
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  await shoot(page, "detail");

  await page.goto("/toezeggingen");
  const timeline = page.locator("ol.timeline");
  await expect(
    timeline.getByRole("listitem").filter({ hasText: `Kamerbrief over de voortgang ${unique}` }),
  ).toContainText("10 december 2030");
  await expect(timeline.getByRole("listitem").filter({ hasText: title })).toContainText("voldaan");
});
