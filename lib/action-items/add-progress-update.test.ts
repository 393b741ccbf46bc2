// "Voortgang toevoegen" against PostgreSQL: who may, the transition table, the version
// check (two saves with one version: exactly one wins), and the audit event with the change.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { addProgressUpdate } from "@/lib/action-items/add-progress-update";
import { AddProgressUpdateSchema } from "@/lib/validation/progress-update";
import { AppError } from "@/lib/errors";
import { createTestActionItem } from "@/test/factories";

const database = setUpSeededDatabase();

describe("addProgressUpdate", () => {
  it("lets a Bijdrager add to their own organisation's actions only, a Coördinator to all, a Lezer and a Beheerder to none", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "actions:update",
      organisationCode: "ADSB",
      prepare: () => createTestActionItem(database.prisma, { organisation: "ADSB" }),
      run: (actor, action) =>
        addProgressUpdate({ actor, input: { actionItemId: action.id, version: action.version, text: "Gestart." } }),
    });
    expect(actual).toEqual(expected);
    expect(actual["CONTRIBUTOR van ADSB"]).toBe("allowed");
    expect(actual["CONTRIBUTOR van FIN"]).toBe("refused");
  });

  it("writes the journal entry, the new state and one audit event with before and after, in one go", async () => {
    const actor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    await addProgressUpdate({
      actor,
      input: {
        actionItemId: action.id,
        version: 1,
        text: "Kick-off gehouden.",
        status: "IN_PROGRESS",
        percentDone: 10,
      },
    });
    const after = await database.prisma.actionItem.findUniqueOrThrow({
      where: { id: action.id },
      include: { progressUpdates: true },
    });
    expect(after).toMatchObject({ status: "IN_PROGRESS", percentDone: 10, version: 2 });
    // The database keeps the day of the latest update on the action (the dashboard's risk flags read it).
    expect(after.lastProgressOn?.toISOString().slice(0, 10)).toBe(
      after.progressUpdates[0]!.occurredOn.toISOString().slice(0, 10),
    );
    expect(after.progressUpdates).toMatchObject([
      {
        text: "Kick-off gehouden.",
        statusBefore: "NOT_STARTED",
        statusAfter: "IN_PROGRESS",
        percentDone: 10,
        authorId: actor.id,
      },
    ]);
    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "ActionItem", entityId: action.id },
    });
    expect(events).toMatchObject([
      {
        kind: "STATUS_CHANGED",
        actorId: actor.id,
        before: { status: "NOT_STARTED", percentDone: 0 },
        after: { status: "IN_PROGRESS", percentDone: 10 },
      },
    ]);
  });

  it("refuses a transition outside the table, and a Bijdrager's cancellation, changing nothing", async () => {
    const actor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    await expect(
      addProgressUpdate({ actor, input: { actionItemId: action.id, version: 1, text: "Klaar.", status: "DONE" } }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      addProgressUpdate({
        actor,
        input: { actionItemId: action.id, version: 1, text: "Niet meer nodig.", status: "CANCELLED" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await database.prisma.progressUpdate.count({ where: { actionItemId: action.id } })).toBe(0);
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      status: "NOT_STARTED",
      version: 1,
    });
  });

  it("marks Afgerond with 100 % and today's date; a Coördinator cancels with the text as reason", async () => {
    const contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const done = await createTestActionItem(database.prisma, { organisation: "ADSB", status: "IN_PROGRESS" });
    await addProgressUpdate({
      actor: contributor,
      input: { actionItemId: done.id, version: 1, text: "Opgeleverd.", status: "DONE", percentDone: 60 },
    });
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: done.id } })).toMatchObject({
      percentDone: 100,
      completedOn: expect.any(Date),
    });
    const cancelled = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    await addProgressUpdate({
      actor: coordinator,
      input: {
        actionItemId: cancelled.id,
        version: 1,
        text: "Vervalt door het nieuwe risicokader.",
        status: "CANCELLED",
      },
    });
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: cancelled.id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Vervalt door het nieuwe risicokader.",
    });
  });

  it("lets exactly one of two saves with the same version win; the other learns who changed what", async () => {
    const first = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const second = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const results = await Promise.allSettled([
      addProgressUpdate({
        actor: first,
        input: { actionItemId: action.id, version: 1, text: "Eerste.", status: "IN_PROGRESS", percentDone: 20 },
      }),
      addProgressUpdate({
        actor: second,
        input: { actionItemId: action.id, version: 1, text: "Tweede.", percentDone: 30 },
      }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(rejected!.reason).toBeInstanceOf(AppError);
    expect(rejected!.reason.code).toBe("CONFLICT");
    expect(rejected!.reason.message).toMatch(/^Gewijzigd door .+ om \d{2}:\d{2}\.$/);
    expect(rejected!.reason.details.conflict.changes.length).toBeGreaterThan(0);
    expect(await database.prisma.progressUpdate.count({ where: { actionItemId: action.id } })).toBe(1);
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      version: 2,
    });
  });
});

describe("AddProgressUpdateSchema", () => {
  it("asks for the text, a percentage 0–100 and a known status, in Dutch", () => {
    const result = AddProgressUpdateSchema.safeParse({
      actionItemId: "x",
      version: "1",
      text: "  ",
      percentDone: "101",
      status: "KLAAR",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({
      text: "Vul de voortgang in.",
      percentDone: "Vul een percentage van 0 tot en met 100 in.",
      status: "Kies een van de mogelijkheden.",
    });
  });

  it("reads empty optional fields as not given", () => {
    expect(
      AddProgressUpdateSchema.parse({ actionItemId: "x", version: "3", text: "Tekst", percentDone: "", status: "" }),
    ).toEqual({ actionItemId: "x", version: 3, text: "Tekst" });
  });
});
