// Kamerbrieven, workflow and exports: on a fixture letter (for a commitment of the test's
// own, so the seeded one stays open) the Coördinator offers it for review, approves it and
// marks it sent with a Kamerstuk number; the commitment shows voldaan; the Word download
// carries the letter's file name and the summary table, the PDF's text can be read back.
// A Lezer sees who acts next but no controls, and downloads; a second letter's "Wat is er
// veranderd" shows what changed since the first.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import JSZip from "jszip";
import { test, expect, demoUser, withAppDatabase } from "./fixtures";
import { shootWhenAsked } from "./screenshots";
import { expectErrorSummaryLeadsTo } from "./error-summary";
import { createPrismaClient, type PrismaClient } from "../lib/db-client.ts";
import { fixtureLetterSnapshot, insertLetterDraft } from "../test/letter-fixture.ts";
import { pdfText } from "../test/pdf-text.ts";
import type { SnapshotRecommendation } from "../lib/letters/letter-snapshot.ts";

test.describe.configure({ timeout: 120_000 });

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const shoot = (page: Page, name: string) => shootWhenAsked(page, `letters-workflow-${name}`);

let prisma: PrismaClient;
test.beforeAll(() => {
  prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
});
test.afterAll(async () => {
  await prisma.$disconnect();
});

async function ownCommitment(unique: string): Promise<string> {
  const commitment = await prisma.commitment.create({
    data: {
      title: `Voortgangsbrief e2e ${unique}`,
      originalWording: "voor het kerstreces",
      // After the seeded commitment's 7 July 2023 and beyond the dashboard's 90 days, so that
      // the dashboard spec's "next parliamentary deadline" stays the seeded one.
      dueDate: new Date("2023-12-15T00:00:00Z"),
      origin: "DEBATE",
      originDescription: "Commissiedebat (e2e)",
      responsibleMinister: "Staatssecretaris van Financiën",
      source: "e2e",
    },
  });
  return commitment.id;
}

function recommendation(
  id: string,
  number: number,
  overrides: Partial<SnapshotRecommendation> = {},
): SnapshotRecommendation {
  return {
    id,
    evaluationId: "e",
    number,
    title: `Aanbeveling ${number}`,
    text: "",
    illustrative: true,
    leadOrganisation: "ADSB",
    status: "IN_PROGRESS",
    statusOverridden: false,
    actions: [],
    ...overrides,
  };
}

function action(id: string, overrides: Partial<SnapshotRecommendation["actions"][number]> = {}) {
  return {
    id,
    title: `Actie ${id}`,
    organisation: "ADSB",
    status: "IN_PROGRESS" as const,
    dueDate: "2023-06-30",
    completedOn: null,
    percentDone: 40,
    cancelReason: null,
    illustrative: true,
    latestProgress: null,
    ...overrides,
  };
}

test("de Coördinator biedt ter review aan, stelt vast en markeert als verzonden; de toezegging is voldaan; Word en PDF komen binnen", async ({
  page,
  loginAs,
}) => {
  const unique = crypto.randomUUID().slice(0, 8);
  const number = String(10_000 + Math.floor(Math.random() * 80_000));
  const commitmentId = await ownCommitment(unique);
  const title = `Voortgangsbrief ${unique}`;
  const { letterId } = await insertLetterDraft(prisma, { commitmentId, title });

  await loginAs(demoUser("COORDINATOR", "FIN"));
  await page.goto(`/rapportages/${letterId}/wijzigingen`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const panel = page.getByRole("region", { name: "Volgende stap" });
  // Only the step the table allows from concept.
  await expect(panel.getByRole("button")).toHaveText(["Ter review aanbieden"]);
  await shoot(page, "concept");

  await panel.getByRole("button", { name: "Ter review aanbieden" }).click();
  await expect(panel.getByRole("status")).toHaveText("De Kamerbrief is ter review aangeboden.");
  await expect(page.locator(".letter-header")).toContainText("ter review");

  await panel.getByRole("button", { name: "Vaststellen" }).click();
  await expect(panel.getByRole("status")).toHaveText("De Kamerbrief is vastgesteld. De tekst ligt nu vast.");
  await expect(page.locator(".letter-header")).toContainText("vastgesteld");

  // A date after today (3 April 2023 in the demo) is refused next to its field; the input stays.
  await panel.getByLabel("Kamerstuk: dossiernummer").fill("26 485");
  await panel.getByLabel("Kamerstuk: nummer").fill(number);
  await panel.getByLabel("Datum van verzending").fill("2023-04-04");
  await panel.getByRole("button", { name: "Markeren als verzonden" }).click();
  await expect(panel.getByLabel("Datum van verzending")).toHaveAccessibleDescription(
    /Deze datum ligt in de toekomst\. Vul de datum in waarop de brief is verzonden\./,
  );
  await expectErrorSummaryLeadsTo(panel, /Deze datum ligt in de toekomst/, panel.getByLabel("Datum van verzending"));
  await expect(panel.getByLabel("Kamerstuk: nummer")).toHaveValue(number);
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  await shoot(page, "vastgesteld");

  // Vastgesteld: the letter's Word and PDF files are made in the background, once.
  await expect
    .poll(
      () =>
        withAppDatabase(async (client) => {
          const { rows } = await client.query(
            `SELECT state FROM "BackgroundJob" WHERE kind = 'LETTER_PRINT' AND (input->>'letterId' = $1 OR result->>'letterId' = $1)`,
            [letterId],
          );
          return rows.map((row) => row.state).join(",");
        }),
      { timeout: 60_000 },
    )
    .toBe("SUCCEEDED");

  await panel.getByLabel("Datum van verzending").fill("3-4-2023");
  await panel.getByRole("button", { name: "Markeren als verzonden" }).click();
  await expect(panel.getByRole("status")).toHaveText(
    `De Kamerbrief is gemarkeerd als verzonden (Kamerstuk 26 485, nr. ${number}). De toezegging is voldaan.`,
  );
  await expect(page.locator(".letter-header")).toContainText(`Kamerstuk 26 485, nr. ${number}, 3 april 2023`);
  await expect(panel.getByRole("button")).toHaveCount(0);

  // Word: the letter's file name, and document.xml holds the summary table with its repeating header row.
  const wordDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Downloaden als Word" }).click();
  const docx = await wordDownload;
  expect(docx.suggestedFilename()).toBe("Kamerbrief-voortgang-anti-omkoping-2023-04-03.docx");
  const zip = await JSZip.loadAsync(await readFile(await docx.path()));
  const documentXml = await zip.file("word/document.xml")!.async("string");
  expect(documentXml).toContain("<w:tblHeader/>");
  for (const text of [
    "Vervolgstap en termijn",
    "Versterk de due diligence",
    "Aanbeveling 1: Versterk de due diligence",
    title,
  ])
    expect(documentXml).toContain(text);

  // PDF: the server finds a Chromium as the tests' browser does (the system's or the npm
  // package's), so the download is always there; its text can be read back.
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Downloaden als PDF" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe("Kamerbrief-voortgang-anti-omkoping-2023-04-03.pdf");
  const text = pdfText(await readFile(await pdf.path())).replace(/\s+/g, " ");
  expect(text).toContain("Geachte voorzitter,");
  expect(text).toContain("Vervolgstap en termijn");

  await page.goto(`/toezeggingen/${commitmentId}`);
  await expect(page.locator("#voldaan-met + p")).toContainText(`Kamerstuk 26 485, nr. ${number}`);
  await expect(page.getByRole("main")).toContainText("voldaan");
});

test("de Lezer ziet wie de volgende stap zet maar geen knoppen, downloadt de brief, en ziet wat er veranderd is sinds de vorige brief", async ({
  page,
  loginAs,
}) => {
  const unique = crypto.randomUUID().slice(0, 8);
  const commitmentId = await ownCommitment(unique);
  const first = await insertLetterDraft(prisma, {
    commitmentId,
    status: "SENT",
    title: `Eerste brief ${unique}`,
    snapshot: (id) =>
      fixtureLetterSnapshot(id, {
        peildatum: "2022-11-17",
        recommendations: [
          recommendation(`r1-${unique}`, 1, {
            status: "NOT_STARTED",
            actions: [action(`a-af-${unique}`), action(`a-weg-${unique}`, { dueDate: "2023-03-31" })],
          }),
        ],
      }),
  });
  const { letterId } = await insertLetterDraft(prisma, {
    commitmentId,
    status: "IN_REVIEW",
    title: `Tweede brief ${unique}`,
    snapshot: (id) =>
      fixtureLetterSnapshot(id, {
        previousLetter: {
          letterDraftId: first.letterId,
          document: { id: "d", title: "Eerste brief", date: "2022-11-18", dossier: "26 485", number: `e2e-${unique}` },
        },
        recommendations: [
          recommendation(`r1-${unique}`, 1, {
            status: "IN_PROGRESS",
            actions: [
              action(`a-af-${unique}`, { status: "DONE", completedOn: "2023-03-15", title: "Werkinstructie herzien" }),
              action(`a-weg-${unique}`, { dueDate: "2023-09-30", title: "Training geven" }),
            ],
          }),
          recommendation(`r2-${unique}`, 2, {
            status: "NOT_STARTED",
            title: "Nieuwe aanbeveling",
            actions: [action(`a-nieuw-${unique}`, { title: "Risicokader opstellen" })],
          }),
        ],
      }),
  });

  await loginAs(demoUser("READER"));
  await page.goto(`/rapportages/${letterId}/wijzigingen`);
  await expect(
    page.getByRole("heading", { level: 2, name: "Wat is er veranderd sinds de vorige brief" }),
  ).toBeVisible();
  await expect(
    page.getByText(
      "De brief is ter review: bijdragers plaatsen opmerkingen per onderdeel. Daarna stelt de coördinator de brief vast.",
    ),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Volgende stap" })).toHaveCount(0);
  for (const name of ["Ter review aanbieden", "Vaststellen", "Terug naar concept", "Markeren als verzonden"])
    await expect(page.getByRole("button", { name })).toHaveCount(0);

  await expect(
    page.getByText(
      `Vergeleken met de vorige verzonden brief: Kamerstuk 26 485, nr. e2e-${unique} van 18 november 2022.`,
    ),
  ).toBeVisible();
  const statuses = page.getByRole("table", { name: "Status per aanbeveling in de vorige brief en in deze brief" });
  await expect(statuses.getByRole("row", { name: /Aanbeveling 1/ })).toContainText("Niet gestart");
  await expect(statuses.getByRole("row", { name: /Aanbeveling 1/ })).toContainText("gewijzigd");
  await expect(statuses.getByRole("row", { name: /Nieuwe aanbeveling/ })).toContainText("nieuw");
  await expect(page.getByRole("table", { name: "Acties die sinds de vorige brief zijn afgerond" })).toContainText(
    "Werkinstructie herzien",
  );
  await expect(page.getByRole("table", { name: "Acties die sinds de vorige brief zijn toegevoegd" })).toContainText(
    "Risicokader opstellen",
  );
  await expect(page.getByRole("table", { name: /deadline sinds de vorige brief is verplaatst/ })).toContainText(
    "31 maart 2023 → 30 september 2023",
  );
  await expect(page.getByText("Er zijn sinds de vorige brief geen acties geannuleerd.")).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  const scrollWidth = async () => page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize({ width: 400, height: 900 });
  expect(await scrollWidth()).toBeLessThanOrEqual(400);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, "wijzigingen-lezer");

  const wordDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Downloaden als Word" }).click();
  expect((await wordDownload).suggestedFilename()).toBe("Kamerbrief-voortgang-anti-omkoping-2023-04-03.docx");

  // The first letter about a commitment says there is nothing to compare with.
  await page.goto(`/rapportages/${first.letterId}/wijzigingen`);
  await expect(page.getByText(/Dit is de eerste Kamerbrief over deze toezegging/)).toBeVisible();
});
