// A Kamerbrief from start to finish, through the composer and the browser only: the
// Coördinator generates a draft for a commitment, edits a section and offers it for review;
// the ADSB Bijdrager leaves a remark; Vaststellen waits until the Coördinator has resolved
// it; the letter is marked sent with a Kamerstuk number and the commitment is voldaan; the
// .docx holds every recommendation and the summary table, the PDF's text can be read; a
// second letter's "Wat is er veranderd" names the first and what is new since.
//
// The commitment is the test's own (linked to the seeded recommendations, read only), so the
// seeded one stays open for the dashboard and Toezeggingen specs running beside this one.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import JSZip from "jszip";
import { test, expect, demoUser, signInElsewhere } from "./fixtures";
import { createPrismaClient, type PrismaClient } from "../lib/db-client.ts";
import { FIXTURE_COMMITMENT_SEED_KEY } from "../test/letter-fixture.ts";
import { pdfText } from "../test/pdf-text.ts";

test.describe.configure({ timeout: 180_000 });

let prisma: PrismaClient;
test.beforeAll(() => {
  prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
});
test.afterAll(async () => {
  await prisma.$disconnect();
});

/** A commitment of the test's own, reporting on the seeded commitment's recommendations. */
async function commitmentOnSeededRecommendations(title: string) {
  const seeded = await prisma.commitment.findUniqueOrThrow({
    where: { seedKey: FIXTURE_COMMITMENT_SEED_KEY },
    select: { recommendations: { select: { recommendation: { select: { id: true, number: true, title: true } } } } },
  });
  const commitment = await prisma.commitment.create({
    data: {
      title,
      originalWording: "voor het kerstreces",
      // Beyond the dashboard's 90 days and after the seeded 7 July 2023: the dashboard spec's next deadline stays the seeded one.
      dueDate: new Date("2023-12-15T00:00:00Z"),
      origin: "DEBATE",
      originDescription: "Commissiedebat (e2e)",
      responsibleMinister:
        "Staatssecretaris van Financiën, mede namens de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
      source: "e2e",
      recommendations: {
        create: seeded.recommendations.map(({ recommendation }) => ({ recommendationId: recommendation.id })),
      },
    },
  });
  return {
    commitmentId: commitment.id,
    recommendations: seeded.recommendations.map(({ recommendation }) => recommendation),
  };
}

async function generateLetter(page: Page, commitmentTitle: string, status: string): Promise<string> {
  await page.goto("/rapportages");
  const form = page.getByRole("form", { name: "Concept-Kamerbrief maken" });
  await form
    .getByLabel("Toezegging")
    .selectOption({ label: `${commitmentTitle} (${status}, termijn 15 december 2023)` });
  await form.getByRole("button", { name: "Concept-Kamerbrief maken" }).click();
  await expect(page).toHaveURL(/\/rapportages\/[A-Za-z0-9_-]+$/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

test(
  "van concept tot verzonden Kamerbrief, met een opmerking, de downloads en wat er veranderd is in de volgende brief",
  { tag: "@thorough" },
  async ({ page, loginAs, browser }) => {
    const unique = crypto.randomUUID().slice(0, 8);
    const number = String(100_000 + Math.floor(Math.random() * 800_000));
    const commitmentTitle = `Voortgangsbrief e2e-flow ${unique}`;
    const { commitmentId, recommendations } = await commitmentOnSeededRecommendations(commitmentTitle);
    expect(recommendations.length).toBeGreaterThan(1);

    // 1. Generate: every linked recommendation gets its section, and the summary table is there.
    await loginAs(demoUser("COORDINATOR", "FIN"));
    const letterId = await generateLetter(page, commitmentTitle, "open");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(commitmentTitle);
    for (const recommendation of recommendations) {
      await expect(page.locator(`#sectie-aanbeveling-${recommendation.id}`)).toContainText(recommendation.title);
    }
    await expect(page.getByRole("columnheader", { name: "Vervolgstap en termijn" })).toBeVisible();
    await expect(page.getByText("Geachte voorzitter,")).toBeVisible();

    // 2. Edit the Aanleiding: version 2.
    const aanleiding = page.locator("#sectie-aanleiding");
    await aanleiding.getByText("Bewerken").click();
    const body = aanleiding.getByLabel("Tekst", { exact: true });
    await body.fill(`${await body.inputValue()}\n\nDe **Taskforce** vult dit aan in de e2e-test.`);
    await aanleiding.getByRole("button", { name: "Opslaan" }).click();
    await expect(aanleiding.getByRole("status")).toHaveText("De sectie is opgeslagen als versie 2.");
    await expect(aanleiding.locator("strong", { hasText: "Taskforce" })).toBeVisible();

    // 3. Offer it for review.
    const panel = page.getByRole("region", { name: "Volgende stap" });
    await panel.getByRole("button", { name: "Ter review aanbieden" }).click();
    await expect(panel.getByRole("status")).toHaveText("De Kamerbrief is ter review aangeboden.");

    // 4. The ADSB Bijdrager remarks on the first recommendation.
    const first = recommendations[0]!;
    const contributor = await signInElsewhere(browser, demoUser("CONTRIBUTOR", "ADSB").email);
    await contributor.goto(`/rapportages/${letterId}`);
    const remarkSection = contributor.locator(`#sectie-aanbeveling-${first.id}`);
    await remarkSection.getByText("Opmerking toevoegen").click();
    await remarkSection.getByLabel("Opmerking").fill("Noem de planning van de training (e2e).");
    await remarkSection.getByRole("button", { name: "Opmerking plaatsen" }).click();
    await expect(remarkSection.getByRole("status")).toHaveText("Uw opmerking is geplaatst.");
    await contributor.context().close();

    // 5. Vaststellen waits for the open remark; the Coördinator resolves it, then approves.
    await page.reload();
    await panel.getByRole("button", { name: "Vaststellen" }).click();
    await expect(panel).toContainText("1 opmerking");
    await expect(page.locator(".letter-header")).toContainText("ter review");
    const remark = page
      .locator(`#sectie-aanbeveling-${first.id}`)
      .getByRole("listitem")
      .filter({ hasText: "Noem de planning van de training (e2e)." });
    await remark.getByRole("button", { name: "Afhandelen" }).click();
    await expect(remark).toContainText("Afgehandeld door Sanne de Vries");
    await panel.getByRole("button", { name: "Vaststellen" }).click();
    await expect(panel.getByRole("status")).toHaveText("De Kamerbrief is vastgesteld. De tekst ligt nu vast.");

    // 6. Sent, with its Kamerstuk number: the commitment is voldaan.
    await panel.getByLabel("Kamerstuk: dossiernummer").fill("26 485");
    await panel.getByLabel("Kamerstuk: nummer").fill(number);
    await panel.getByLabel("Datum van verzending").fill("2023-04-03");
    await panel.getByRole("button", { name: "Markeren als verzonden" }).click();
    await expect(panel.getByRole("status")).toContainText("De toezegging is voldaan.");
    await expect(page.locator(".letter-header")).toContainText(`Kamerstuk 26 485, nr. ${number}, 3 april 2023`);

    // 7. Word: every recommendation and the summary table with its repeating header row.
    const wordDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Downloaden als Word" }).click();
    const docx = await wordDownload;
    expect(docx.suggestedFilename()).toBe("Kamerbrief-voortgang-anti-omkoping-2023-04-03.docx");
    const documentXml = await (
      await JSZip.loadAsync(await readFile(await docx.path()))
    )
      .file("word/document.xml")!
      .async("string");
    expect(documentXml).toContain("<w:tblHeader/>");
    expect(documentXml).toContain("Vervolgstap en termijn");
    for (const recommendation of recommendations) expect(documentXml).toContain(xmlEscaped(recommendation.title));

    // 8. PDF (the server finds a Chromium as the tests' browser does): its text can be read back.
    const pdfDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Downloaden als PDF" }).click();
    const text = pdfText(await readFile(await (await pdfDownload).path())).replace(/\s+/g, " ");
    expect(text).toContain("Geachte voorzitter,");
    expect(text).toContain("Hoogachtend,");

    await page.goto(`/toezeggingen/${commitmentId}`);
    await expect(page.locator("#voldaan-met + p")).toContainText(`Kamerstuk 26 485, nr. ${number}`);

    // 9. Later, a recommendation from a new evaluation joins the commitment; the next letter
    // compares itself with the one just sent.
    const evaluation = await prisma.evaluation.create({
      data: { title: `E2E-evaluatie ${unique}`, periodEvaluated: "2023", evaluator: "e2e", source: "e2e" },
    });
    const adsb = await prisma.organisation.findUniqueOrThrow({ where: { code: "ADSB" } });
    const added = await prisma.recommendation.create({
      data: {
        evaluationId: evaluation.id,
        number: 1,
        title: `Nieuwe aanbeveling ${unique}`,
        text: "Tekst (e2e).",
        theme: "e2e",
        cabinetResponse: "ADOPTED",
        leadOrganisationId: adsb.id,
        isIllustrative: true,
        commitments: { create: { commitmentId } },
        actionItems: {
          create: {
            reference: "1.1",
            title: `Risicokader opstellen ${unique}`,
            description: "e2e",
            ownerOrganisationId: adsb.id,
            dueDate: new Date("2023-11-30T00:00:00Z"),
            isIllustrative: true,
          },
        },
      },
    });
    const secondId = await generateLetter(page, commitmentTitle, "voldaan");
    expect(secondId).not.toBe(letterId);
    await page.getByRole("link", { name: "Wat is er veranderd" }).click();
    await expect(
      page.getByText(`Vergeleken met de vorige verzonden brief: Kamerstuk 26 485, nr. ${number} van 3 april 2023.`),
    ).toBeVisible();
    const statuses = page.getByRole("table", { name: "Status per aanbeveling in de vorige brief en in deze brief" });
    await expect(statuses.getByRole("row").filter({ hasText: added.title })).toContainText("nieuw");
    await expect(statuses.getByRole("row").filter({ hasText: first.title })).toContainText("ongewijzigd");
    await expect(page.getByRole("table", { name: "Acties die sinds de vorige brief zijn toegevoegd" })).toContainText(
      `Risicokader opstellen ${unique}`,
    );
  },
);

function xmlEscaped(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/'/g, "&apos;")
    .replace(/"/g, "&quot;");
}
