// "Status wijzigen" against PostgreSQL: the transition table exhaustively (every from × to ×
// role, own and other organisation), the reason rules, what Afgerond, Geannuleerd and
// reopening do, the journal entry, the version check and the audit event.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { everyActor } from "@/test/every-actor";
import { changeActionItemStatus } from "@/lib/action-items/change-action-item-status";
import { STATUS_TRANSITIONS } from "@/lib/action-items/status-transitions";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import { ChangeActionItemStatusSchema } from "@/lib/validation/status-change";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { createTestActionItem } from "@/test/factories";

const database = setUpSeededDatabase();

type Outcome = "changed" | "refused" | "not allowed" | "reason required" | "unchanged";

async function attempt(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "changed";
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "FORBIDDEN") return "refused";
    if (error.details.fieldError?.field === "reason") return "reason required";
    if (error.details.fieldError?.field === "status" && /geen toegestane/.test(error.message)) return "not allowed";
    if (error.details.fieldError?.field === "status") return "unchanged";
    throw error;
  }
}

describe("changeActionItemStatus: the transition table, exhaustively", () => {
  it("allows exactly the table's transitions, to exactly the roles and organisations it names, and asks a reason where it says so", async () => {
    const actors = await everyActor(database.prisma);
    const adsb = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "ADSB" } });
    const actual: Record<string, Outcome> = {};
    const expected: Record<string, Outcome> = {};
    for (const from of ACTION_STATUSES) {
      for (const to of ACTION_STATUSES) {
        for (const { actor, label } of actors) {
          const transition = STATUS_TRANSITIONS[from].find((candidate) => candidate.to === to);
          for (const withReason of [false, true]) {
            const key = `${from} → ${to} door ${label}${withReason ? " met reden" : ""}`;
            expected[key] = !can(actor, "actions:update", { organisationId: adsb.id })
              ? "refused"
              : from === to
                ? "unchanged"
                : !transition
                  ? "not allowed"
                  : !can(actor, transition.permission, { organisationId: adsb.id })
                    ? "refused"
                    : transition.reasonRequired && !withReason
                      ? "reason required"
                      : "changed";
            const action = await createTestActionItem(database.prisma, { organisation: "ADSB", status: from });
            actual[key] = await attempt(() =>
              changeActionItemStatus({
                actor,
                input: {
                  actionItemId: action.id,
                  version: 1,
                  status: to,
                  reason: withReason ? "Een reden." : undefined,
                },
              }),
            );
          }
        }
      }
    }
    expect(actual).toEqual(expected);
    // A few lines of the table in words, so that a wrong table cannot pass with a wrong test.
    expect(actual["NOT_STARTED → IN_PROGRESS door CONTRIBUTOR van ADSB"]).toBe("changed");
    expect(actual["NOT_STARTED → IN_PROGRESS door CONTRIBUTOR van FIN"]).toBe("refused");
    expect(actual["IN_PROGRESS → CANCELLED door CONTRIBUTOR van ADSB met reden"]).toBe("refused");
    expect(actual["IN_PROGRESS → CANCELLED door COORDINATOR van FIN"]).toBe("reason required");
    expect(actual["IN_PROGRESS → CANCELLED door COORDINATOR van FIN met reden"]).toBe("changed");
    expect(actual["DONE → IN_PROGRESS door CONTRIBUTOR van ADSB met reden"]).toBe("refused");
    expect(actual["DONE → IN_PROGRESS door COORDINATOR van BZ met reden"]).toBe("changed");
    expect(actual["NOT_STARTED → DONE door COORDINATOR van FIN"]).toBe("not allowed");
    expect(actual["IN_PROGRESS → IN_PROGRESS door CONTRIBUTOR van ADSB"]).toBe("unchanged");
    expect(actual["IN_PROGRESS → DELAYED door READER van ADSB"]).toBe("refused");
    expect(actual["IN_PROGRESS → DELAYED door ADMIN van FIN"]).toBe("refused");
  }, 120_000);

  it("changes nothing when it refuses", async () => {
    const contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB", status: "IN_PROGRESS" });
    await expect(
      changeActionItemStatus({
        actor: contributor,
        input: { actionItemId: action.id, version: 1, status: "CANCELLED", reason: "Weg ermee." },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      status: "IN_PROGRESS",
      version: 1,
    });
    expect(await database.prisma.progressUpdate.count({ where: { actionItemId: action.id } })).toBe(0);
    expect(await database.prisma.auditEvent.count({ where: { entityId: action.id } })).toBe(0);
  });
});

describe("changeActionItemStatus: what a status change does", () => {
  it("Afgerond: 100 % and today's date; a journal entry in a standard sentence; STATUS_CHANGED with the changed fields", async () => {
    const contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, {
      organisation: "ADSB",
      status: "IN_PROGRESS",
      data: { percentDone: 60 },
    });
    const result = await changeActionItemStatus({
      actor: contributor,
      input: { actionItemId: action.id, version: 1, status: "DONE" },
    });
    expect(result).toMatchObject({ status: "DONE", percentDone: 100, version: 2 });
    const after = await database.prisma.actionItem.findUniqueOrThrow({
      where: { id: action.id },
      include: { progressUpdates: true },
    });
    expect(after).toMatchObject({ status: "DONE", percentDone: 100, version: 2 });
    expect(after.completedOn?.toISOString().slice(0, 10)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(after.progressUpdates).toMatchObject([
      {
        text: "Status gewijzigd van ‘In uitvoering’ naar ‘Afgerond’.",
        statusBefore: "IN_PROGRESS",
        statusAfter: "DONE",
        percentDone: 100,
      },
    ]);
    const [event] = await database.prisma.auditEvent.findMany({
      where: { entityType: "ActionItem", entityId: action.id },
    });
    expect(event).toMatchObject({
      kind: "STATUS_CHANGED",
      actorId: contributor.id,
      before: { status: "IN_PROGRESS", percentDone: 60, completedOn: null },
      after: {
        status: "DONE",
        percentDone: 100,
        completedOn: after.completedOn!.toISOString().slice(0, 10),
        text: "Status gewijzigd van ‘In uitvoering’ naar ‘Afgerond’.",
      },
    });
    // Fields that did not change are not in the event.
    expect(event!.before).not.toHaveProperty("cancelReason");
  });

  it("Geannuleerd stores the reason as cancelReason and as the journal text; reopening clears it and completedOn", async () => {
    const coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "BZ", status: "DELAYED" });
    await changeActionItemStatus({
      actor: coordinator,
      input: { actionItemId: action.id, version: 1, status: "CANCELLED", reason: "Opgegaan in actie 4.2." },
    });
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Opgegaan in actie 4.2.",
    });
    await changeActionItemStatus({
      actor: coordinator,
      input: { actionItemId: action.id, version: 2, status: "IN_PROGRESS", reason: "Toch nodig." },
    });
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      status: "IN_PROGRESS",
      cancelReason: null,
      version: 3,
    });

    const done = await createTestActionItem(database.prisma, {
      organisation: "BZ",
      status: "DONE",
      data: { percentDone: 100, completedOn: new Date("2023-03-01") },
    });
    await changeActionItemStatus({
      actor: coordinator,
      input: { actionItemId: done.id, version: 1, status: "IN_PROGRESS", reason: "Nazorg blijkt nodig." },
    });
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: done.id } })).toMatchObject({
      status: "IN_PROGRESS",
      completedOn: null,
    });
    const [event] = await database.prisma.auditEvent.findMany({
      where: { entityType: "ActionItem", entityId: done.id },
    });
    expect(event).toMatchObject({
      before: { status: "DONE", completedOn: "2023-03-01" },
      after: { status: "IN_PROGRESS", completedOn: null, text: "Nazorg blijkt nodig." },
    });
    const journal = await database.prisma.progressUpdate.findMany({ where: { actionItemId: done.id } });
    expect(journal).toMatchObject([{ text: "Nazorg blijkt nodig.", statusBefore: "DONE", statusAfter: "IN_PROGRESS" }]);
  });

  it("lets exactly one of two changes with the same version win; the other gets the conflict", async () => {
    const contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB", status: "IN_PROGRESS" });
    const results = await Promise.allSettled([
      changeActionItemStatus({ actor: contributor, input: { actionItemId: action.id, version: 1, status: "DELAYED" } }),
      changeActionItemStatus({ actor: coordinator, input: { actionItemId: action.id, version: 1, status: "DONE" } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(rejected!.reason).toMatchObject({ code: "CONFLICT" });
    expect(rejected!.reason.message).toMatch(/^Gewijzigd door (Pieter Bakker|Sanne de Vries) om \d{2}:\d{2}\.$/);
    expect(await database.prisma.progressUpdate.count({ where: { actionItemId: action.id } })).toBe(1);
    expect(await database.prisma.auditEvent.count({ where: { entityId: action.id } })).toBe(1);
  });
});

describe("ChangeActionItemStatusSchema", () => {
  it("asks for a known status and reads an empty reason as none", () => {
    const bad = ChangeActionItemStatusSchema.safeParse({ actionItemId: "x", version: "1", status: "", reason: "" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["status", "Kies een van de mogelijkheden."],
    ]);
    expect(
      ChangeActionItemStatusSchema.parse({ actionItemId: "x", version: "2", status: "DONE", reason: "  " }),
    ).toEqual({ actionItemId: "x", version: 2, status: "DONE" });
  });
});
