// Rapportages, the OECD tab: the Coördinator generates the Working Group's follow-up report on
// the demo's Phase 4 evaluation, sees the English texts that are missing, enters one (and
// regenerates), accepts the Dutch for the rest with a reason, offers it for review, fixes it
// and downloads Word and PDF, both in English. Old /kamerbrieven links land on /rapportages.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import JSZip from "jszip";
import { test, expect, demoUser } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { pdfText } from "../test/pdf-text.ts";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const EVALUATION = "Fase 4-evaluatie van Nederland door de OESO-werkgroep omkoping";
const shoot = (page: Page, name: string) => shootWhenAsked(page, `rapportages-oeso-${name}`);

test("old Kamerbrieven links redirect permanently to Rapportages", async ({ page, loginAs }) => {
  await loginAs(demoUser("READER"));
  const response = await page.request.get("/kamerbrieven", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(/\/rapportages$/);
});

test("the OECD follow-up report: missing English listed, one entered, the rest accepted, vastgesteld, Word and PDF", async ({
  page,
  loginAs,
}) => {
  await loginAs(demoUser("COORDINATOR"));
  await page.goto("/rapportages");
  await page
    .getByRole("navigation", { name: "Soorten rapportage" })
    .getByRole("link", { name: "OESO-rapportage" })
    .click();
  await expect(page).toHaveURL(/\/rapportages\/oeso$/);
  const form = page.getByRole("form", { name: "OESO-vervolgrapport maken" });
  await form.getByLabel("Evaluatie").selectOption({ label: EVALUATION });
  await shoot(page, "lijst");
  await form.getByRole("button", { name: "OESO-vervolgrapport maken" }).click();
  // The tab's own address also matches /rapportages/<segment>: wait for the report's.
  await expect(page).toHaveURL(/\/rapportages\/(?!oeso$)[A-Za-z0-9_-]+$/);
  const reportUrl = page.url();

  // The report itself is English; the missing English is listed, each with where to enter it.
  await expect(page.locator("article.letter-document")).toHaveAttribute("lang", "en-GB");
  await expect(page.locator("article.letter-document")).toContainText("Text of the recommendation");
  const missing = page.getByRole("region", { name: "Ontbrekende Engelse teksten" });
  await expect(missing).toBeVisible();
  await expect(missing).toContainText("Aanbeveling 2: titel");
  await shoot(page, "ontbrekend");

  // Enter one: recommendation 2's English title, then regenerate the report.
  await missing
    .getByRole("listitem")
    .filter({ hasText: "Aanbeveling 2: titel: " })
    .getByRole("link", { name: "Engelse tekst invullen" })
    .click();
  await expect(page).toHaveURL(/\/aanbevelingen\/[^/]+\/bewerken#aanbeveling-titel-en$/);
  await page.getByLabel("Titel (Engels)").fill("Take convictions and settlements into account (illustrative)");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page).toHaveURL(/\/aanbevelingen\/[^/]+$/);
  await page.goto(reportUrl);
  await page.getByRole("button", { name: "Opnieuw genereren" }).click();
  await expect(page.locator("article.letter-document")).toContainText(
    "Recommendation 2: Take convictions and settlements into account (illustrative)",
  );
  await expect(missing.getByRole("listitem").filter({ hasText: "Aanbeveling 2: titel: " })).toHaveCount(0);

  // Accept the Dutch for the rest, with a reason.
  const accept = page.getByRole("form", { name: "Nederlandse tekst accepteren" });
  for (const checkbox of await accept.getByRole("checkbox").all()) await checkbox.check();
  await accept.getByLabel("Reden").fill("De werkgroep ontvangt deze teksten in het Nederlands (e2e).");
  await accept.getByRole("button", { name: "Nederlandse tekst accepteren" }).click();
  // With nothing left open the form is gone; the list names who accepted and why.
  await expect(missing).toContainText("Alle Engelse teksten zijn ingevuld of geaccepteerd.");
  await expect(missing).toContainText("Nederlandse tekst geaccepteerd door Sanne de Vries");
  await shoot(page, "geaccepteerd");

  // Review and Vaststellen.
  const panel = page.getByRole("region", { name: "Volgende stap" });
  await panel.getByRole("button", { name: "Ter review aanbieden" }).click();
  await expect(page.locator(".letter-header")).toContainText("ter review");
  await panel.getByRole("button", { name: "Vaststellen" }).click();
  await expect(page.locator(".letter-header")).toContainText("vastgesteld");

  // Word: English, the recommendation sections, the status words.
  const wordDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Downloaden als Word" }).click();
  const docx = await wordDownload;
  expect(docx.suggestedFilename()).toMatch(/^OESO-WGB-follow-up-report-Nederland-\d{4}-\d{2}-\d{2}\.docx$/);
  const zip = await JSZip.loadAsync(await readFile(await docx.path()));
  const documentXml = await zip.file("word/document.xml")!.async("string");
  const stylesXml = await zip.file("word/styles.xml")!.async("string");
  expect(stylesXml).toContain('w:lang w:val="en-GB"');
  expect(documentXml).toContain("Written follow-up report");
  expect(documentXml).toContain("Recommendation 1: ");
  expect(documentXml).toContain("Text of the recommendation");
  expect(documentXml).toContain("Further action planned");
  expect(documentXml).toMatch(/Status: (fully|partially|not) implemented/);
  expect(documentXml).toContain("5 November 2020");

  // PDF: its text can be read back, in English.
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Downloaden als PDF" }).click();
  const text = pdfText(await readFile(await (await pdfDownload).path())).replace(/\s+/g, " ");
  expect(text).toContain("Written follow-up report");
  expect(text).toContain("Text of the recommendation");
  await shoot(page, "vastgesteld");

  // The OECD tab lists the report under the evaluation it reports on.
  await page.goto("/rapportages/oeso");
  const list = page.getByRole("table", { name: "OESO-vervolgrapporten, nieuwste eerst" });
  await expect(list.getByRole("columnheader", { name: "Evaluatie" })).toBeVisible();
  await expect(list.getByRole("columnheader", { name: "Toezegging" })).toHaveCount(0);
  await expect(list.getByRole("row").filter({ hasText: EVALUATION }).first()).toContainText("vastgesteld");
});
