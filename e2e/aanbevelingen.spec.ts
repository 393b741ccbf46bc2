// Aanbevelingen: the list per evaluation, the detail page, and the Coördinator's forms
// (add, edit, status by hand, register an evaluation); the Lezer sees no forms.
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, demoUser } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { expectErrorSummaryLeadsTo } from "./error-summary";

// Sign-ins run a scrypt check (N=2^17): room for a busy, shared test machine.
test.describe.configure({ timeout: 120_000 });

const OECD = "Fase 4-evaluatie van Nederland door de OESO-werkgroep omkoping";
const EKV = "Evaluatie van het anti-omkopingsbeleid van de exportkredietverzekering";
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const shoot = (page: Page, name: string) => shootWhenAsked(page, `aanbevelingen-${name}`);

const recommendationTable = (page: Page, evaluation: string) =>
  page.getByRole("table", { name: new RegExp(`^Aanbevelingen uit ‘${evaluation}’`) });

test("de lijst toont per evaluatie de aanbevelingen met voortgang en open en te late acties", async ({
  page,
  loginAs,
}) => {
  await loginAs(demoUser("READER"));
  await page.goto("/aanbevelingen");
  await expect(page.getByRole("heading", { level: 2, name: EKV })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: OECD })).toBeVisible();
  await expect(
    page.getByText("Evaluator: OESO-werkgroep omkoping (Working Group on Bribery) · rapport van 5 november 2020"),
  ).toBeVisible();

  const ekvRows = recommendationTable(page, EKV).getByRole("row");
  await expect(ekvRows).toHaveCount(9);
  // Recommendation 2: one of three actions done, two open, one of them past its deadline.
  await expect(ekvRows.nth(2)).toContainText("1 van 3 acties afgerond (33%)");
  await expect(ekvRows.nth(2).getByRole("cell").nth(3)).toHaveText("2");
  await expect(ekvRows.nth(2).getByRole("cell").nth(4)).toHaveText("⚠ 1");
  await expect(recommendationTable(page, OECD).getByRole("row")).toHaveCount(5);
  await shoot(page, "lijst");
});

test(
  "de coördinator voegt een aanbeveling toe aan de tweede evaluatie, bewerkt haar, stelt de status vast en ziet de geschiedenis",
  { tag: "@thorough" },
  async ({ page, loginAs }) => {
    await loginAs(demoUser("COORDINATOR"));
    await page.goto("/aanbevelingen");
    await page.getByRole("link", { name: "Aanbeveling toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Aanbeveling toevoegen" })).toBeVisible();

    await page.getByLabel("Evaluatie").selectOption({ label: OECD });
    await page.getByLabel("Nummer").fill("1");
    await page
      .getByLabel("Titel", { exact: true })
      .fill("Deel kennis over omkopingszaken tussen opsporing en exportkredietverzekering");
    await page
      .getByLabel("Tekst van de aanbeveling", { exact: true })
      .fill(
        "Een illustratieve aanbeveling uit de test: kennis uit afgeronde zaken vindt de weg naar de beoordeling van aanvragen.",
      );
    await page.getByLabel("Thema").fill("Opsporing en handhaving");
    await page.getByLabel("Kabinetsreactie").selectOption({ label: "Overgenomen" });
    await page.getByLabel("Verantwoordelijke organisatie").selectOption({ label: "Ministerie van Financiën (FIN)" });
    await page.getByRole("button", { name: "Aanbeveling toevoegen" }).click();

    // Number 1 is taken in this evaluation: the error stands next to the field, the input stays.
    const number = page.getByLabel("Nummer");
    await expect(number).toHaveAccessibleDescription(
      /Nummer 1 bestaat al bij deze evaluatie\. Kies een ander nummer\./,
    );
    await expect(number).toHaveAttribute("aria-invalid", "true");
    await expectErrorSummaryLeadsTo(page, "Nummer 1 bestaat al bij deze evaluatie. Kies een ander nummer.", number);
    await expect(page.getByLabel("Thema")).toHaveValue("Opsporing en handhaving");
    await number.fill("5");
    await page.getByRole("button", { name: "Aanbeveling toevoegen" }).click();

    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Aanbeveling 5: Deel kennis over omkopingszaken tussen opsporing en exportkredietverzekering",
      }),
    ).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "De aanbeveling is toegevoegd." })).toBeVisible();
    await expect(
      page.getByText(
        "Afgeleid uit de acties: er zijn nog geen acties, dus ‘Niet gestart’ (OESO: niet geïmplementeerd).",
      ),
    ).toBeVisible();
    const detailUrl = page.url().replace(/\?.*$/, "");

    // Edit: the title and the cabinet response.
    await page.getByRole("link", { name: "Aanbeveling bewerken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Aanbeveling 5 bewerken" })).toBeVisible();
    await page
      .getByLabel("Titel", { exact: true })
      .fill("Deel kennis uit omkopingszaken met de exportkredietverzekering");
    await page.getByLabel("Kabinetsreactie").selectOption({ label: "Deels overgenomen" });
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De wijzigingen zijn opgeslagen." })).toBeVisible();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Aanbeveling 5: Deel kennis uit omkopingszaken met de exportkredietverzekering",
      }),
    ).toBeVisible();

    // A colleague's save in between: the second tab is told who and what, and keeps its input.
    const stale = await page.context().newPage();
    await stale.goto(`${detailUrl}/bewerken`);
    await page.goto(`${detailUrl}/bewerken`);
    await page.getByLabel("Thema").fill("Samenwerking in de keten");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De wijzigingen zijn opgeslagen." })).toBeVisible();
    await stale.getByLabel("Thema").fill("Kennisdeling");
    await stale.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    const conflict = stale.getByRole("alert").filter({ hasText: /Gewijzigd door Sanne de Vries om \d{2}:\d{2}\./ });
    await expect(conflict).toContainText("Thema: Opsporing en handhaving → Samenwerking in de keten");
    await expect(stale.getByLabel("Thema")).toHaveValue("Kennisdeling");
    await stale.close();

    // The status by hand: the reason is required.
    await page.goto(detailUrl);
    const statusSection = page.getByRole("region", { name: "Stand van de uitvoering" });
    await statusSection.getByLabel("Vastgestelde status").selectOption({ label: "In uitvoering" });
    await statusSection.getByRole("button", { name: "Status vaststellen" }).click();
    await expect(statusSection.getByLabel("Reden")).toHaveAccessibleDescription(/Vul de reden in\./);
    await statusSection.getByLabel("Reden").fill("De kennisdeling loopt al via het bestaande overleg met het OM.");
    await statusSection.getByRole("button", { name: "Status vaststellen" }).click();
    await expect(statusSection.getByRole("status").filter({ hasText: "De status is vastgesteld." })).toBeVisible();
    await expect(statusSection).toContainText(/Vastgesteld door Sanne de Vries op \d+ \w+ \d{4} om \d{2}:\d{2}\./);
    await expect(statusSection).toContainText("Reden: De kennisdeling loopt al via het bestaande overleg met het OM.");
    await expect(statusSection).toContainText("gedeeltelijk geïmplementeerd");
    await expect(statusSection).toContainText(
      "Volgens de acties zou het zijn: Afgeleid uit de acties: er zijn nog geen acties",
    );

    const history = page
      .getByRole("region", { name: "Geschiedenis" })
      .getByRole("listitem")
      .filter({ hasText: "Sanne de Vries" });
    await expect(history).toHaveCount(4);
    await expect(history.nth(0)).toContainText("Status vastgesteld");
    await expect(history.nth(0)).toContainText(change("Vastgestelde status", "(leeg)", "In uitvoering"));
    await expect(history.nth(1)).toContainText(change("Thema", "Opsporing en handhaving", "Samenwerking in de keten"));
    await expect(history.nth(2)).toContainText("Gewijzigd");
    await expect(history.nth(2)).toContainText(change("Kabinetsreactie", "Overgenomen", "Deels overgenomen"));
    await expect(history.nth(3)).toContainText("Aangemaakt");
    await expect(history.nth(3)).toContainText(/Verantwoordelijke organisatie\s*FIN/);
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
    await shoot(page, "detail-coordinator");

    // Lifting it again: the status follows the actions.
    await statusSection.getByRole("button", { name: "Vastgestelde status opheffen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De vastgestelde status is opgeheven" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Stand van de uitvoering" })).not.toContainText("Vastgesteld door");

    await page.goto("/aanbevelingen");
    await expect(
      recommendationTable(page, OECD).getByRole("row").filter({ hasText: "Deel kennis uit omkopingszaken" }),
    ).toContainText("Nog geen acties");
    await shoot(page, "lijst-coordinator");
  },
);

test(
  "de coördinator registreert een evaluatie en voegt er daarna aanbevelingen aan toe",
  { tag: "@thorough" },
  async ({ page, loginAs }) => {
    await loginAs(demoUser("COORDINATOR"));
    await page.goto("/aanbevelingen");
    await page.getByRole("link", { name: "Evaluatie registreren" }).click();
    await page.getByLabel("Titel").fill("Evaluatie van de klokkenluidersregeling (test)");
    await page.getByLabel("Geëvalueerde periode en onderwerp").fill("2019–2022, meldingen over omkoping");
    await page.getByLabel("Evaluator").fill("Onderzoeksbureau (test)");
    // Dates as Dutch users type them.
    await page.getByLabel("Rapportdatum").fill("1-3-2023");
    await page.getByLabel("Aangeboden aan de Tweede Kamer op").fill("1-2-2023");
    await page.getByLabel("Bron").fill("Testgegevens");
    await page.getByRole("button", { name: "Evaluatie registreren" }).click();
    await expect(page.getByLabel("Aangeboden aan de Tweede Kamer op")).toHaveAccessibleDescription(
      /De datum van aanbieding ligt voor de rapportdatum\. Kies een latere datum\./,
    );
    await page.getByLabel("Aangeboden aan de Tweede Kamer op").fill("");
    await page.getByRole("button", { name: "Evaluatie registreren" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Aanbeveling toevoegen" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "De evaluatie is geregistreerd." })).toBeVisible();
    await expect(page.getByLabel("Evaluatie")).toHaveValue(/.+/);
    await expect(page.getByLabel("Evaluatie").locator("option:checked")).toHaveText(
      "Evaluatie van de klokkenluidersregeling (test)",
    );
    await expect(page.getByLabel("Nummer")).toHaveValue("1");
    await shoot(page, "formulier");

    await page.goto("/aanbevelingen");
    await expect(
      page.getByRole("heading", { level: 2, name: "Evaluatie van de klokkenluidersregeling (test)" }),
    ).toBeVisible();
    await expect(page.getByText("Bij deze evaluatie zijn nog geen aanbevelingen vastgelegd.")).toBeVisible();
  },
);

test("de lezer ziet de aanbeveling met acties, toezeggingen en geschiedenis, maar geen formulieren", async ({
  page,
  loginAs,
}) => {
  await loginAs(demoUser("READER"));
  await page.goto("/aanbevelingen");
  await expect(page.getByRole("link", { name: "Aanbeveling toevoegen" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Evaluatie registreren" })).toHaveCount(0);

  await recommendationTable(page, EKV)
    .getByRole("link", { name: "Standaardiseer de procedures voor de toetsing op omkopingsrisico's" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Aanbeveling 2: Standaardiseer de procedures/ }),
  ).toBeVisible();
  await expect(
    page.getByText(
      "Afgeleid uit de acties: 1 van de 3 acties is vertraagd en 1 is afgerond, dus ‘Vertraagd’ (OESO: gedeeltelijk geïmplementeerd).",
    ),
  ).toBeVisible();
  const actions = page.getByRole("table", {
    name: "Acties bij deze aanbeveling met organisatie, status, percentage gereed en deadline",
  });
  await expect(
    actions.getByRole("row").filter({ hasText: "Escalatieprocedure naar de Staat vastleggen" }),
  ).toContainText("15 maart 2023 te laat");
  await expect(
    actions.getByRole("row").filter({ hasText: "Huidige toetsingsprocedures in kaart brengen" }),
  ).toContainText("afgerond");
  await expect(page.getByRole("region", { name: "Toezeggingen" })).toContainText(
    "Oorspronkelijke formulering: ‘Voor de zomer van 2023 zal het kabinet middels een Kamerbrief hierover rapporteren.’",
  );
  await expect(page.getByRole("region", { name: "Geschiedenis" })).toContainText(
    "Er zijn nog geen wijzigingen van deze aanbeveling vastgelegd.",
  );
  await expect(page.getByRole("link", { name: "Aanbeveling bewerken" })).toHaveCount(0);
  await expect(page.getByRole("button")).toHaveText(["Uitloggen"]);
  await shoot(page, "detail");
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

  const detailUrl = page.url();
  await actions.getByRole("link", { name: "Escalatieprocedure naar de Staat vastleggen" }).click();
  await expect(page).toHaveURL(/\/acties\//);

  for (const path of [
    "/aanbevelingen/nieuw",
    "/aanbevelingen/evaluaties/nieuw",
    `${new URL(detailUrl).pathname}/bewerken`,
  ]) {
    await page.goto(path);
    await expect(
      page.getByRole("alert").filter({ hasText: "U heeft geen toestemming voor deze pagina." }),
    ).toBeVisible();
    await expect(page.getByRole("button").filter({ hasNotText: "Uitloggen" })).toHaveCount(0);
  }
});

/** A changed field as the history lists it: the label, then "before → wordt after" ("wordt" for screen readers). */
function change(label: string, before: string, after: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${escape(label)}\\s*${escape(before)}\\s*→\\s*wordt\\s*${escape(after)}`);
}
