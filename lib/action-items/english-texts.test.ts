// The English texts for the OECD report beside the Dutch ones: kept, changed and cleared
// through the ordinary forms, written to the audit trail, and a progress update's English
// filled in once afterwards (decision 040) and never overwritten.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { createTestActionItem } from "@/test/factories";
import { AppError } from "@/lib/errors";
import { createRecommendation } from "@/lib/recommendations/create-recommendation";
import { updateRecommendation } from "@/lib/recommendations/update-recommendation";
import { updateActionItem } from "@/lib/action-items/update-action-item";
import { addProgressUpdate } from "@/lib/action-items/add-progress-update";
import { addProgressUpdateEnglish } from "@/lib/action-items/add-progress-update-english";
import { CreateRecommendationSchema, UpdateRecommendationSchema } from "@/lib/validation/recommendation";
import { UpdateActionItemSchema } from "@/lib/validation/action-item";
import { AddProgressUpdateSchema } from "@/lib/validation/progress-update";

const database = setUpSeededDatabase();
const COORDINATOR = "coordinator@fin.demo.opvolging.nl";

describe("English texts beside the Dutch ones", () => {
  it("keeps a recommendation's English title and text, changes them, and clears them with an empty field", async () => {
    const actor = await actorFor(database, COORDINATOR);
    const prisma = database.prisma;
    const evaluation = await prisma.evaluation.create({
      data: { title: "Evaluatie Engels", periodEvaluated: "2020", evaluator: "OECD WGB", source: "Test" },
    });
    const organisation = await prisma.organisation.findFirstOrThrow({ where: { code: "FIN" } });
    const fields = {
      evaluationId: evaluation.id,
      number: "1",
      title: "Aansprakelijkheid",
      text: "De Nederlandse tekst.",
      theme: "Handhaving",
      cabinetResponse: "ADOPTED",
      leadOrganisationId: organisation.id,
    };
    const created = await createRecommendation({
      actor,
      input: CreateRecommendationSchema.parse({ ...fields, titleEn: " Liability ", textEn: "The English text." }),
    });
    expect(
      await prisma.recommendation.findUniqueOrThrow({
        where: { id: created.recommendationId },
        select: { titleEn: true, textEn: true },
      }),
    ).toEqual({ titleEn: "Liability", textEn: "The English text." });

    const updated = await updateRecommendation({
      actor,
      input: UpdateRecommendationSchema.parse({
        ...fields,
        recommendationId: created.recommendationId,
        version: "1",
        titleEn: "Liability of legal persons",
        textEn: "",
      }),
    });
    expect(updated.changed).toBe(true);
    expect(
      await prisma.recommendation.findUniqueOrThrow({
        where: { id: created.recommendationId },
        select: { titleEn: true, textEn: true },
      }),
    ).toEqual({ titleEn: "Liability of legal persons", textEn: null });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Recommendation", entityId: created.recommendationId, kind: "UPDATE" },
    });
    expect(event.before).toEqual({ titleEn: "Liability", textEn: "The English text." });
    expect(event.after).toEqual({ titleEn: "Liability of legal persons", textEn: null });
  });

  it("keeps an action's English title and description through 'Gegevens wijzigen'", async () => {
    const actor = await actorFor(database, COORDINATOR);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB", withContact: true });
    await updateActionItem({
      actor,
      input: UpdateActionItemSchema.parse({
        actionItemId: action.id,
        version: "1",
        title: action.title,
        description: action.description,
        titleEn: "Test action",
        descriptionEn: "For the test",
        ownerOrganisationId: action.ownerOrganisationId,
        contactUserId: action.contactUserId,
        startDate: "",
      }),
    });
    expect(
      await database.prisma.actionItem.findUniqueOrThrow({
        where: { id: action.id },
        select: { titleEn: true, descriptionEn: true, version: true },
      }),
    ).toEqual({ titleEn: "Test action", descriptionEn: "For the test", version: 2 });
  });

  it("writes a progress update with its English text, or fills the English in once afterwards", async () => {
    const actor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const withEnglish = await addProgressUpdate({
      actor,
      input: AddProgressUpdateSchema.parse({
        actionItemId: action.id,
        version: "1",
        text: "Gestart.",
        textEn: "Started.",
      }),
    });
    const without = await addProgressUpdate({
      actor,
      input: AddProgressUpdateSchema.parse({ actionItemId: action.id, version: "2", text: "Verder.", textEn: "" }),
    });
    expect(
      await database.prisma.progressUpdate.findMany({
        where: { actionItemId: action.id },
        orderBy: { createdAt: "asc" },
        select: { text: true, textEn: true },
      }),
    ).toEqual([
      { text: "Gestart.", textEn: "Started." },
      { text: "Verder.", textEn: null },
    ]);

    await addProgressUpdateEnglish({
      actor,
      input: { progressUpdateId: without.progressUpdateId, textEn: "Onwards." },
    });
    const again = addProgressUpdateEnglish({
      actor,
      input: { progressUpdateId: without.progressUpdateId, textEn: "Overwritten." },
    });
    await expect(again).rejects.toBeInstanceOf(AppError);
    await expect(again).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      addProgressUpdateEnglish({ actor, input: { progressUpdateId: withEnglish.progressUpdateId, textEn: "No." } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(
      await database.prisma.progressUpdate.findUniqueOrThrow({
        where: { id: without.progressUpdateId },
        select: { text: true, textEn: true },
      }),
    ).toEqual({ text: "Verder.", textEn: "Onwards." });
    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "ProgressUpdate", entityId: without.progressUpdateId },
      select: { kind: true, after: true, actorId: true },
    });
    expect(events).toEqual([{ kind: "ENGLISH_ADDED", after: { textEn: "Onwards." }, actorId: actor.id }]);
  });

  it("lets only who may add progress to the action fill in its English", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "actions:update",
      organisationCode: "ADSB",
      prepare: async () => {
        const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
        const author = await database.prisma.user.findFirstOrThrow({ select: { id: true } });
        return database.prisma.progressUpdate.create({
          data: {
            actionItemId: action.id,
            authorId: author.id,
            text: "Gestart.",
            statusBefore: "NOT_STARTED",
            statusAfter: "IN_PROGRESS",
            percentDone: 5,
            occurredOn: new Date("2023-04-01"),
          },
        });
      },
      run: (actor, update) =>
        addProgressUpdateEnglish({ actor, input: { progressUpdateId: update.id, textEn: "Started." } }),
    });
    expect(actual).toEqual(expected);
    expect(actual["CONTRIBUTOR van FIN"]).toBe("refused");
  });
});
