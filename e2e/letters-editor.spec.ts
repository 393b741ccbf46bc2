// Kamerbrieven, the letter page (editor): the Coördinator edits a section with bold
// and a list and sees it rendered, finds version 2 under Versies, compares 1 → 2 and sees the
// inserted words, and restores version 1; an ADSB Bijdrager remarks on a letter in review and
// the Coördinator resolves the remark. Letters are inserted with test/letter-fixture.ts, so
// this does not depend on the composer.
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { test, expect, demoUser, signInElsewhere } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { createPrismaClient, type PrismaClient } from "../lib/db-client.ts";
import { insertLetterDraft } from "../test/letter-fixture.ts";

test.describe.configure({ timeout: 120_000 });

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const shoot = (page: Page, name: string) => shootWhenAsked(page, `kamerbrieven-editor-${name}`);

let prisma: PrismaClient;
test.beforeAll(() => {
  prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
});
test.afterAll(async () => {
  await prisma.$disconnect();
});

/** A letter with the fixture's content and snapshot, as the other letter specs make theirs. */
async function insertLetter(status: "DRAFT" | "IN_REVIEW"): Promise<string> {
  const { letterId } = await insertLetterDraft(prisma, { status, title: `Testbrief ${randomUUID().slice(0, 6)}` });
  return letterId;
}

test("de Coördinator bewerkt een sectie, ziet versie 2 en het verschil met versie 1, en herstelt versie 1", async ({
  page,
  loginAs,
}) => {
  const letterId = await insertLetter("DRAFT");
  await loginAs(demoUser("COORDINATOR", "FIN"));
  await page.goto(`/rapportages/${letterId}`);
  await expect(page.getByText("Gegevens per peildatum 3 april 2023")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Aanleiding" })).toBeVisible();

  const section = page.locator("#sectie-aanleiding");
  await section.getByText("Bewerken").click();
  const body = section.getByLabel("Tekst", { exact: true });
  await expect(body).toHaveValue(/Zoals toegezegd/);
  await body.fill(
    "Zoals toegezegd meld ik **goede voortgang** bij alle aanbevelingen.\n\n- het risicokader is vastgesteld\n- de training is gestart",
  );
  await shoot(page, "bewerken");
  await section.getByRole("button", { name: "Opslaan" }).click();
  await expect(section.getByRole("status")).toHaveText("De sectie is opgeslagen als versie 2.");
  await expect(section.locator("strong", { hasText: "goede voortgang" })).toBeVisible();
  await expect(section.getByRole("listitem").filter({ hasText: "de training is gestart" })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

  // A save without a change says so and makes no version.
  await section.getByRole("button", { name: "Opslaan" }).click();
  await expect(section.getByRole("status")).toHaveText(
    "Er is niets gewijzigd: de tekst is dezelfde als in de nieuwste versie.",
  );

  // A table line with too few cells is named.
  const table = page.locator("#sectie-samenvatting");
  await table.getByText("Bewerken").click();
  await table
    .getByLabel("Regels van de tabel")
    .fill("1 | Versterk de due diligence | ADSB | Loopt | gedeeltelijk geïmplementeerd | Afronden\n2 | Train");
  await table.getByRole("button", { name: "Opslaan" }).click();
  await expect(table.getByLabel("Regels van de tabel")).toHaveAccessibleDescription(
    /Regel 2 heeft 2 cellen in plaats van 6\./,
  );

  await page.getByRole("link", { name: "Versies" }).click();
  await expect(page).toHaveURL(new RegExp(`/rapportages/${letterId}/versies$`));
  const versions = page.getByRole("table");
  await expect(versions.getByRole("row").nth(1)).toContainText("2 (nieuwste)");
  await expect(versions.getByRole("row").nth(1)).toContainText("bewerkt");
  await expect(versions.getByRole("row").nth(1)).toContainText("Sectie „Aanleiding” bewerkt");
  await expect(versions.getByRole("row").nth(2)).toContainText("gemaakt");
  // Defaults: from the previous to the newest.
  await expect(page.getByLabel("Van versie")).toHaveValue("1");
  await expect(page.getByLabel("Naar versie")).toHaveValue("2");
  const diff = page.locator(".version-diff");
  await expect(diff.locator("ins").filter({ hasText: "bij alle aanbevelingen" })).toBeVisible();
  await expect(diff.locator("ins").filter({ hasText: "goede" })).toBeVisible();
  await expect(diff.locator("del").filter({ hasText: "informeer" })).toBeVisible();
  await expect(diff.locator("ins").first()).toContainText("toegevoegd:");
  await expect(diff.locator("del").first()).toContainText("verwijderd:");
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  await shoot(page, "versies");

  // The comparison is a GET form: the pair is in the URL.
  await page.getByLabel("Van versie").selectOption("2");
  await page.getByLabel("Naar versie").selectOption("1");
  await page.getByRole("button", { name: "Vergelijken" }).click();
  await expect(page).toHaveURL(/\?van=2&naar=1$/);
  await expect(diff.locator("del").filter({ hasText: "bij alle aanbevelingen" })).toBeVisible();

  await page.getByRole("button", { name: "Versie 1 herstellen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Versie 1 is hersteld als versie 3." })).toBeVisible();
  await expect(versions.getByRole("row").nth(1)).toContainText("Hersteld van versie 1");
  await page.getByRole("link", { name: "Brief", exact: true }).click();
  await expect(section).toContainText("Zoals toegezegd informeer ik u over de voortgang.");
});

test(
  "een Bijdrager van ADSB plaatst een opmerking bij een brief ter review; de Coördinator handelt haar af",
  { tag: "@thorough" },
  async ({ page, loginAs, browser }) => {
    const letterId = await insertLetter("IN_REVIEW");
    const concept = await insertLetter("DRAFT");
    await loginAs(demoUser("CONTRIBUTOR", "ADSB"));
    // A concept is the coordinator's working text.
    expect((await page.goto(`/rapportages/${concept}`))?.status()).toBe(404);

    await page.goto(`/rapportages/${letterId}`);
    const section = page.locator("#sectie-aanbeveling-fixture");
    await expect(page.getByText("Bewerken", { exact: true })).toHaveCount(0);
    await section.getByText("Opmerking toevoegen").click();
    await section.getByLabel("Opmerking").fill("Noem ook de planning van de training.");
    await section.getByRole("button", { name: "Opmerking plaatsen" }).click();
    await expect(section.getByRole("status")).toHaveText("Uw opmerking is geplaatst.");
    const remark = section.getByRole("listitem").filter({ hasText: "Noem ook de planning van de training." });
    await expect(remark).toContainText("open");
    await expect(remark).toContainText("Pieter Bakker");
    await expect(section.getByRole("heading", { level: 3 })).toContainText("Opmerkingen (1 open van 1)");
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
    await shoot(page, "opmerking");

    const coordinator = await signInElsewhere(browser, demoUser("COORDINATOR", "FIN").email);
    await coordinator.goto(`/rapportages/${letterId}`);
    const own = coordinator
      .locator("#sectie-aanbeveling-fixture")
      .getByRole("listitem")
      .filter({ hasText: "Noem ook de planning van de training." });
    await own.getByLabel("Toelichting bij de afhandeling (niet verplicht)").fill("Planning toegevoegd aan de tekst.");
    await own.getByRole("button", { name: "Afhandelen" }).click();
    await expect(own).toContainText("Afgehandeld door Sanne de Vries");
    await expect(own).toContainText("Planning toegevoegd aan de tekst.");
    await expect(own).toContainText("afgehandeld");
    await coordinator.context().close();

    await page.reload();
    await expect(section.getByRole("heading", { level: 3 })).toContainText("Opmerkingen (0 open van 1)");
  },
);
