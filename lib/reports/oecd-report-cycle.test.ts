// The OECD Working Group on Bribery follow-up report through the whole engine, against
// PostgreSQL: generated for an evaluation (not a commitment; the database refuses both or
// neither), edited section by section with every version kept, remarked on, refused at
// Vaststellen while English texts are missing, entered or accepted with a kept and audited
// reason, vastgesteld, sent with its date, compared by the next report of the same kind, and
// rendered as an English Word document and HTML for the PDF.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { createTestUser } from "@/test/factories";
import { isAppError, type AppError } from "@/lib/errors";
import { createOecdReport } from "@/lib/reports/create-oecd-report";
import { getMissingEnglish } from "@/lib/reports/get-missing-english";
import { acceptDutchText } from "@/lib/reports/accept-dutch-text";
import { markReportSent } from "@/lib/reports/mark-report-sent";
import { regenerateLetterDraft } from "@/lib/letters/regenerate-letter-draft";
import { editLetterSection } from "@/lib/letters/edit-letter-section";
import { addLetterRemark } from "@/lib/letters/add-letter-remark";
import { resolveLetterRemark } from "@/lib/letters/resolve-letter-remark";
import { submitLetterForReview } from "@/lib/letters/submit-letter-for-review";
import { approveLetter } from "@/lib/letters/approve-letter";
import { markLetterSent } from "@/lib/letters/mark-letter-sent";
import { getLetterComparison } from "@/lib/letters/get-letter-comparison";
import { getLetterForExport } from "@/lib/letters/get-letter-for-export";
import { renderLetterDocx } from "@/lib/letters/render-letter-docx";
import { renderLetterHtml } from "@/lib/letters/render-letter-html";
import { letterFileName } from "@/lib/letters/letter-file-name";
import { AcceptDutchTextSchema } from "@/lib/validation/reports";
import { updateRecommendation } from "@/lib/recommendations/update-recommendation";
import { UpdateRecommendationSchema } from "@/lib/validation/recommendation";

const database = setUpSeededDatabase();
const coordinator = () => actorFor(database, "coordinator@fin.demo.opvolging.nl");

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** An evaluation of the Working Group with two recommendations: one with its English, one without. */
async function oecdEvaluation() {
  const prisma = database.prisma;
  const fin = await prisma.organisation.findFirstOrThrow({ where: { code: "FIN" } });
  const author = await prisma.user.findFirstOrThrow({ where: { email: "coordinator@fin.demo.opvolging.nl" } });
  const evaluation = await prisma.evaluation.create({
    data: {
      title: `Fase 4-evaluatie ${Math.random()}`,
      periodEvaluated: "2020",
      evaluator: "OESO-werkgroep omkoping (Working Group on Bribery)",
      reportDate: new Date("2020-11-05"),
      source: "Test",
    },
  });
  const complete = await prisma.recommendation.create({
    data: {
      evaluationId: evaluation.id,
      number: 1,
      title: "Aansprakelijkheid",
      text: "Verduidelijk de aansprakelijkheid.",
      titleEn: "Liability",
      textEn: "Clarify the liability of legal persons.",
      theme: "Handhaving",
      cabinetResponse: "ADOPTED",
      leadOrganisationId: fin.id,
      actionItems: {
        create: {
          title: "Wetsvoorstel",
          description: "Een wetsvoorstel.",
          titleEn: "Bill",
          ownerOrganisationId: fin.id,
          dueDate: new Date("2023-09-30"),
          status: "IN_PROGRESS",
          percentDone: 50,
        },
      },
    },
    include: { actionItems: true },
  });
  await prisma.progressUpdate.create({
    data: {
      actionItemId: complete.actionItems[0]!.id,
      authorId: author.id,
      text: "In consultatie.",
      textEn: "Out for consultation.",
      statusBefore: "NOT_STARTED",
      statusAfter: "IN_PROGRESS",
      percentDone: 50,
      occurredOn: new Date("2023-03-01"),
    },
  });
  const missing = await prisma.recommendation.create({
    data: {
      evaluationId: evaluation.id,
      number: 2,
      title: "Meldingen",
      text: "Versterk het meldpunt.",
      theme: "Opsporing",
      cabinetResponse: "ADOPTED",
      leadOrganisationId: fin.id,
      actionItems: {
        create: {
          title: "Meldpunt inrichten",
          description: "Een meldpunt.",
          ownerOrganisationId: fin.id,
          dueDate: new Date("2023-12-31"),
        },
      },
    },
  });
  return { evaluation, complete, missing };
}

describe("the OECD follow-up report", () => {
  it("goes through the whole cycle, waiting at Vaststellen until every English text is entered or accepted", async () => {
    const actor = await coordinator();
    const prisma = database.prisma;
    const { evaluation, missing } = await oecdEvaluation();

    // Generated for an evaluation, in English.
    const created = await createOecdReport({ actor, input: { evaluationId: evaluation.id } });
    const letter = await prisma.letterDraft.findUniqueOrThrow({ where: { id: created.letterDraftId } });
    expect(letter).toMatchObject({ kind: "OECD_WGB", evaluationId: evaluation.id, commitmentId: null });
    let exported = (await getLetterForExport({ actor, id: letter.id }))!;
    expect(exported.content.titlePage?.evaluationDate).toBe("2020-11-05");
    expect(exported.content.sections.map((section) => section.heading)).toEqual([
      "Introduction",
      "Recommendation 1: Liability",
      "Recommendation 2: Meldingen",
    ]);

    // The missing English: recommendation 2's title and text, and its action's title.
    const list = await getMissingEnglish(letter);
    expect(list.items.map((item) => [item.entityType, item.field, item.href])).toEqual([
      ["Recommendation", "titleEn", `/aanbevelingen/${missing.id}/bewerken#aanbeveling-titel-en`],
      ["Recommendation", "textEn", `/aanbevelingen/${missing.id}/bewerken#aanbeveling-tekst-en`],
      ["ActionItem", "titleEn", expect.stringMatching(/^\/acties\/.+\/bewerken#actie-titel-en$/)],
    ]);

    // Edited section by section, every version kept; a remark made and resolved.
    await editLetterSection({
      actor,
      input: {
        letterId: letter.id,
        version: 1,
        sectionKey: "aanleiding",
        heading: "Introduction",
        body: "This report sets out the action taken.",
      },
    });
    await submitLetterForReview({ actor, input: { letterId: letter.id, version: 2 } });
    const reviewer = await actorFor(database, "bijdrager@fin.demo.opvolging.nl");
    const remark = await addLetterRemark({
      actor: reviewer,
      input: { letterId: letter.id, sectionKey: "aanleiding", text: "Noem de datum van de evaluatie." },
    });
    await resolveLetterRemark({ actor, input: { remarkId: remark.remarkId, version: 1, resolution: "Gedaan." } });

    // Vaststellen waits for the English.
    const refused = await failure(approveLetter({ actor, input: { letterId: letter.id, version: 3 } }));
    expect(refused.message).toBe(
      "Er ontbreken nog 3 Engelse teksten. Vul ze in of accepteer de Nederlandse tekst met een reden.",
    );

    // One entered (and the report regenerated), the rest accepted with a reason.
    await updateRecommendation({
      actor,
      input: UpdateRecommendationSchema.parse({
        recommendationId: missing.id,
        version: "1",
        evaluationId: evaluation.id,
        number: "2",
        title: missing.title,
        text: missing.text,
        titleEn: "Reporting",
        textEn: "",
        theme: missing.theme,
        cabinetResponse: missing.cabinetResponse,
        leadOrganisationId: missing.leadOrganisationId,
      }),
    });
    await regenerateLetterDraft({ actor, input: { letterDraftId: letter.id, version: 3 } });
    const afterEntering = await getMissingEnglish(letter);
    expect(afterEntering.open).toBe(2);
    await expect(
      acceptDutchText({
        actor,
        input: AcceptDutchTextSchema.parse({
          letterId: letter.id,
          items: "Recommendation:elsewhere:textEn",
          reason: "x",
        }),
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    const reason = "De Nederlandse tekst volgt de OESO-tekst letterlijk; de werkgroep leest Nederlands mee.";
    const accepted = await acceptDutchText({
      actor,
      input: AcceptDutchTextSchema.parse({
        letterId: letter.id,
        items: afterEntering.items.map((item) => item.key).join("\n"),
        reason,
      }),
    });
    expect(accepted.accepted).toBe(2);
    expect((await getMissingEnglish(letter)).items.every((item) => item.accepted?.reason === reason)).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "LetterDraft", entityId: letter.id, kind: "DUTCH_TEXT_ACCEPTED" },
    });
    expect(audit.after).toMatchObject({ reason, items: afterEntering.items.map((item) => item.key) });

    // The contributors of the organisations the report concerns hear of its steps, as with a
    // Kamerbrief; the report reaches them through its evaluation, not a commitment.
    const finContributor = await createTestUser(prisma, { organisation: "FIN", role: "CONTRIBUTOR" });
    const approved = await approveLetter({ actor, input: { letterId: letter.id, version: 4 } });
    expect(approved.status).toBe("APPROVED");
    expect(
      await prisma.letterDraftVersion.count({ where: { letterDraftId: letter.id } }),
      "generated, edited, regenerated",
    ).toBe(3);

    // Sent with its date, not as a Kamerstuk.
    expect(
      (
        await failure(
          markLetterSent({
            actor,
            input: { letterId: letter.id, version: 5, dossier: "29 911", number: "999", sentOn: "2023-04-01" },
          }),
        )
      ).message,
    ).toMatch(/geen Kamerstuk/);
    await markReportSent({ actor, input: { letterId: letter.id, version: 5, sentOn: "2023-04-01" } });
    expect(await prisma.letterDraft.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({
      status: "SENT",
      sentOn: new Date("2023-04-01"),
      sentDocumentId: null,
    });
    expect(
      (
        await prisma.notification.findMany({
          where: { userId: finContributor.id, entityId: letter.id },
          orderBy: { createdAt: "asc" },
        })
      ).map((notification) => notification.kind),
    ).toEqual(["LETTER_APPROVED", "LETTER_SENT"]);

    // The next report of the same kind compares with this one.
    const next = await createOecdReport({ actor, input: { evaluationId: evaluation.id } });
    const comparison = await getLetterComparison({ actor, id: next.letterDraftId });
    expect(comparison).toMatchObject({
      kind: "compared",
      previous: { kind: "letter", document: { id: letter.id, date: "2023-04-01" } },
    });
    exported = (await getLetterForExport({ actor, id: next.letterDraftId }))!;
    expect(JSON.stringify(exported.content.sections[0])).toContain("written follow-up report of 1 April 2023");

    // Word and the PDF's HTML in English.
    const zip = await JSZip.loadAsync(await renderLetterDocx(exported.content, exported.title));
    const styles = await zip.file("word/styles.xml")!.async("string");
    const document = await zip.file("word/document.xml")!.async("string");
    expect(styles).toContain('w:lang w:val="en-GB"');
    expect(document).toContain("Text of the recommendation");
    expect(document).toContain("Status: partially implemented");
    expect(document).toContain("Recommendation 2: Reporting");
    const html = renderLetterHtml(exported.content, exported.title);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain("Evaluation by the OECD Working Group on Bribery of 5 November 2020");
    expect(letterFileName(exported.content, "docx")).toMatch(
      /^OESO-WGB-follow-up-report-Nederland-\d{4}-\d{2}-\d{2}\.docx$/,
    );
  });

  it("reports only on the Working Group's evaluations, and the database holds each kind to its subject", async () => {
    const actor = await coordinator();
    const other = await database.prisma.evaluation.create({
      data: {
        title: "Een andere evaluatie",
        periodEvaluated: "2021",
        evaluator: "Partner in Compliance",
        source: "Test",
      },
    });
    expect((await failure(createOecdReport({ actor, input: { evaluationId: other.id } }))).message).toMatch(
      /OESO-werkgroep/,
    );
    const commitment = await database.prisma.commitment.findFirstOrThrow();
    await expect(
      database.prisma.letterDraft.create({
        data: {
          kind: "OECD_WGB",
          commitmentId: commitment.id,
          title: "Fout",
          createdById: actor.id,
        },
      }),
    ).rejects.toThrow(/LetterDraft_subject_per_kind/);
    await expect(
      database.prisma.letterDraft.create({ data: { kind: "KAMERBRIEF", title: "Fout", createdById: actor.id } }),
    ).rejects.toThrow(/LetterDraft_subject_per_kind/);
  });
});
