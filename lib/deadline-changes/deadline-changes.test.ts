// "Deadline wijzigen" against PostgreSQL: who may request, decide and change directly (every
// role × organisation), request → approve / reject, a direct change, one pending request at a
// time (also under a race), the date rules, the versions of both rows, and the audit events.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { requestDeadlineChange } from "@/lib/deadline-changes/request-deadline-change";
import { changeDeadline } from "@/lib/deadline-changes/change-deadline";
import { decideDeadlineChange } from "@/lib/deadline-changes/decide-deadline-change";
import { listPendingDeadlineChanges } from "@/lib/deadline-changes/list-pending-deadline-changes";
import { DeadlineChangeSchema, DecideDeadlineChangeSchema } from "@/lib/validation/deadline-change";
import { createTestActionItem } from "@/test/factories";

const database = setUpSeededDatabase();

const contributorEmail = "bijdrager@adsb.demo.opvolging.nl";
const coordinatorEmail = "coordinator@fin.demo.opvolging.nl";

async function pendingRequestOn(code: "FIN" | "BZ" | "ADSB") {
  const action = await createTestActionItem(database.prisma, { organisation: code, status: "IN_PROGRESS" });
  const requester = await actorFor(database, coordinatorEmail);
  const { deadlineChangeId } = await requestDeadlineChange({
    actor: requester,
    input: { actionItemId: action.id, version: 1, newDueDate: "2023-09-30", reason: "Later." },
  });
  return { action, deadlineChangeId };
}

describe("who may", () => {
  it("request: a Bijdrager on their own organisation's actions, a Coördinator on all", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "deadlines:propose",
      organisationCode: "ADSB",
      prepare: () => createTestActionItem(database.prisma, { organisation: "ADSB", status: "IN_PROGRESS" }),
      run: (actor, action) =>
        requestDeadlineChange({
          actor,
          input: { actionItemId: action.id, version: 1, newDueDate: "2023-08-31", reason: "Leverancier later." },
        }),
    });
    expect(actual).toEqual(expected);
    expect(actual["CONTRIBUTOR van ADSB"]).toBe("allowed");
    expect(actual["CONTRIBUTOR van BZ"]).toBe("refused");
    expect(actual["READER van ADSB"]).toBe("refused");
  });

  it("change directly: a Coördinator only", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "deadlines:approve",
      prepare: () => createTestActionItem(database.prisma, { organisation: "BZ", status: "IN_PROGRESS" }),
      run: (actor, action) =>
        changeDeadline({
          actor,
          input: {
            actionItemId: action.id,
            version: 1,
            newDueDate: "2023-08-31",
            reason: "Afgestemd in de Taskforce.",
          },
        }),
    });
    expect(actual).toEqual(expected);
    expect(
      Object.entries(actual)
        .filter(([, outcome]) => outcome === "allowed")
        .map(([label]) => label),
    ).toEqual(["COORDINATOR van FIN", "COORDINATOR van BZ", "COORDINATOR van ADSB"]);
  });

  it("decide: a Coördinator only, whatever the organisation", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "deadlines:approve",
      prepare: () => pendingRequestOn("ADSB"),
      run: (actor, { deadlineChangeId }) =>
        decideDeadlineChange({ actor, input: { deadlineChangeId, version: 1, decision: "APPROVE" } }),
    });
    expect(actual).toEqual(expected);
    expect(actual["CONTRIBUTOR van ADSB"]).toBe("refused");
  });
});

describe("request → approve / reject", () => {
  it("a request leaves the deadline; approval moves it and raises both versions; the history holds who asked and who decided", async () => {
    const contributor = await actorFor(database, contributorEmail);
    const coordinator = await actorFor(database, coordinatorEmail);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB", status: "IN_PROGRESS" });
    const { deadlineChangeId } = await requestDeadlineChange({
      actor: contributor,
      input: {
        actionItemId: action.id,
        version: 1,
        newDueDate: "2023-09-30",
        reason: "Systeemaanpassing duurt langer.",
      },
    });

    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      dueDate: new Date("2023-06-30"),
      version: 1,
    });
    expect(await database.prisma.deadlineChange.findUniqueOrThrow({ where: { id: deadlineChangeId } })).toMatchObject({
      status: "PENDING",
      oldDueDate: new Date("2023-06-30"),
      newDueDate: new Date("2023-09-30"),
      requestedById: contributor.id,
      decidedById: null,
      version: 1,
    });
    const queue = await listPendingDeadlineChanges({ actor: contributor });
    expect(queue.mayDecide).toBe(false);
    expect(queue.requests.find((request) => request.id === deadlineChangeId)).toMatchObject({
      oldDueDate: "2023-06-30",
      newDueDate: "2023-09-30",
      requestedBy: "Pieter Bakker",
      action: { organisation: { code: "ADSB" } },
    });

    const decision = await decideDeadlineChange({
      actor: coordinator,
      input: { deadlineChangeId, version: 1, decision: "APPROVE", decisionNote: "Akkoord." },
    });
    expect(decision).toEqual({ actionItemId: action.id, status: "APPROVED", dueDate: "2023-09-30" });
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      dueDate: new Date("2023-09-30"),
      version: 2,
    });
    expect(await database.prisma.deadlineChange.findUniqueOrThrow({ where: { id: deadlineChangeId } })).toMatchObject({
      status: "APPROVED",
      decidedById: coordinator.id,
      decisionNote: "Akkoord.",
      decidedAt: expect.any(Date),
      version: 2,
    });

    // The approval's two events share their transaction's time: compared without their order.
    const events = await database.prisma.auditEvent.findMany({
      where: { entityId: { in: [action.id, deadlineChangeId] } },
    });
    expect(events).toHaveLength(3);
    expect(events.map((event) => [event.entityType, event.kind, event.actorId, event.before, event.after])).toEqual(
      expect.arrayContaining([
        [
          "DeadlineChange",
          "DEADLINE_REQUESTED",
          contributor.id,
          { dueDate: "2023-06-30" },
          { dueDate: "2023-09-30", reason: "Systeemaanpassing duurt langer." },
        ],
        [
          "DeadlineChange",
          "DEADLINE_APPROVED",
          coordinator.id,
          { status: "PENDING" },
          { status: "APPROVED", decisionNote: "Akkoord." },
        ],
        [
          "ActionItem",
          "DEADLINE_CHANGED",
          coordinator.id,
          { dueDate: "2023-06-30" },
          { dueDate: "2023-09-30", reason: "Systeemaanpassing duurt langer." },
        ],
      ]),
    );
    expect(
      (await listPendingDeadlineChanges({ actor: coordinator })).requests.map((request) => request.id),
    ).not.toContain(deadlineChangeId);
  });

  it("rejection leaves the deadline and the action's version, and asks for a note", async () => {
    const contributor = await actorFor(database, contributorEmail);
    const coordinator = await actorFor(database, coordinatorEmail);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB", status: "IN_PROGRESS" });
    const { deadlineChangeId } = await requestDeadlineChange({
      actor: contributor,
      input: { actionItemId: action.id, version: 1, newDueDate: "2023-12-31", reason: "Meer tijd nodig." },
    });
    const withoutNote = DecideDeadlineChangeSchema.safeParse({
      deadlineChangeId,
      version: "1",
      decision: "REJECT",
      decisionNote: "",
    });
    expect(withoutNote.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["decisionNote", "Vul een toelichting in: bij afwijzen is die verplicht."],
    ]);

    await decideDeadlineChange({
      actor: coordinator,
      input: { deadlineChangeId, version: 1, decision: "REJECT", decisionNote: "De Kamer is een datum toegezegd." },
    });
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      dueDate: new Date("2023-06-30"),
      version: 1,
    });
    expect(await database.prisma.deadlineChange.findUniqueOrThrow({ where: { id: deadlineChangeId } })).toMatchObject({
      status: "REJECTED",
      decisionNote: "De Kamer is een datum toegezegd.",
      version: 2,
    });
    const events = await database.prisma.auditEvent.findMany({
      where: { entityId: deadlineChangeId, kind: "DEADLINE_REJECTED" },
    });
    expect(events).toMatchObject([
      {
        actorId: coordinator.id,
        before: { status: "PENDING" },
        after: { status: "REJECTED", decisionNote: "De Kamer is een datum toegezegd." },
      },
    ]);
    // After the rejection a new request may be made.
    await expect(
      requestDeadlineChange({
        actor: contributor,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-08-31", reason: "Dan maar iets eerder." },
      }),
    ).resolves.toBeDefined();
  });

  it("two decisions on one request: exactly one wins, the other learns who decided", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const { action, deadlineChangeId } = await pendingRequestOn("BZ");
    const results = await Promise.allSettled([
      decideDeadlineChange({ actor: coordinator, input: { deadlineChangeId, version: 1, decision: "APPROVE" } }),
      decideDeadlineChange({
        actor: coordinator,
        input: { deadlineChangeId, version: 1, decision: "REJECT", decisionNote: "Nee." },
      }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(rejected!.reason).toMatchObject({ code: "CONFLICT" });
    expect(rejected!.reason.message).toMatch(/^Gewijzigd door Sanne de Vries om \d{2}:\d{2}\.$/);
    expect(rejected!.reason.details.conflict.changes).toContainEqual({
      field: "status",
      before: "PENDING",
      after: expect.stringMatching(/APPROVED|REJECTED/),
    });
    expect(
      await database.prisma.auditEvent.count({
        where: { entityId: deadlineChangeId, kind: { in: ["DEADLINE_APPROVED", "DEADLINE_REJECTED"] } },
      }),
    ).toBe(1);
    const after = await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } });
    expect(after.version).toBe(results[0]!.status === "fulfilled" ? 2 : 1);
  });

  it("refuses an approval when the start date has moved past the new date", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const action = await createTestActionItem(database.prisma, {
      organisation: "ADSB",
      status: "IN_PROGRESS",
      startDate: "2023-01-01",
    });
    const { deadlineChangeId } = await requestDeadlineChange({
      actor: coordinator,
      input: { actionItemId: action.id, version: 1, newDueDate: "2023-03-31", reason: "Eerder klaar." },
    });
    await database.prisma.actionItem.update({ where: { id: action.id }, data: { startDate: new Date("2023-04-15") } });
    await expect(
      decideDeadlineChange({ actor: coordinator, input: { deadlineChangeId, version: 1, decision: "APPROVE" } }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("voor de startdatum"),
    });
    expect(await database.prisma.deadlineChange.findUniqueOrThrow({ where: { id: deadlineChangeId } })).toMatchObject({
      status: "PENDING",
      version: 1,
    });
  });
});

describe("one pending request at a time", () => {
  it("refuses a second request, and a direct change, while one is pending", async () => {
    const contributor = await actorFor(database, contributorEmail);
    const coordinator = await actorFor(database, coordinatorEmail);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB", status: "IN_PROGRESS" });
    await requestDeadlineChange({
      actor: contributor,
      input: { actionItemId: action.id, version: 1, newDueDate: "2023-09-30", reason: "Eerste." },
    });
    await expect(
      requestDeadlineChange({
        actor: contributor,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-10-31", reason: "Tweede." },
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message:
        "Voor deze actie staat al een verzoek tot wijziging van de deadline open. Er kan er maar één tegelijk openstaan.",
    });
    await expect(
      changeDeadline({
        actor: coordinator,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-10-31", reason: "Direct." },
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await database.prisma.deadlineChange.count({ where: { actionItemId: action.id } })).toBe(1);
  });

  it("lets only one of two simultaneous requests through", async () => {
    const contributor = await actorFor(database, contributorEmail);
    const coordinator = await actorFor(database, coordinatorEmail);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB", status: "IN_PROGRESS" });
    const results = await Promise.allSettled([
      requestDeadlineChange({
        actor: contributor,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-09-30", reason: "A." },
      }),
      requestDeadlineChange({
        actor: coordinator,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-10-31", reason: "B." },
      }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await database.prisma.deadlineChange.count({ where: { actionItemId: action.id, status: "PENDING" } })).toBe(
      1,
    );
  });
});

describe("the direct change", () => {
  it("moves the deadline at once, as an approved change decided by the coordinator, with DEADLINE_CHANGED", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const action = await createTestActionItem(database.prisma, { organisation: "FIN", status: "IN_PROGRESS" });
    expect(
      await changeDeadline({
        actor: coordinator,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-07-07", reason: "Gelijk met de Kamerbrief." },
      }),
    ).toEqual({ dueDate: "2023-07-07", version: 2 });
    expect(await database.prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      dueDate: new Date("2023-07-07"),
      version: 2,
    });
    const [change] = await database.prisma.deadlineChange.findMany({ where: { actionItemId: action.id } });
    expect(change).toMatchObject({
      status: "APPROVED",
      requestedById: coordinator.id,
      decidedById: coordinator.id,
      reason: "Gelijk met de Kamerbrief.",
    });
    expect(change!.decidedAt).toEqual(change!.createdAt);
    expect(await database.prisma.auditEvent.findMany({ where: { entityId: action.id } })).toMatchObject([
      {
        kind: "DEADLINE_CHANGED",
        actorId: coordinator.id,
        before: { dueDate: "2023-06-30" },
        after: { dueDate: "2023-07-07", reason: "Gelijk met de Kamerbrief." },
      },
    ]);
  });

  it("checks the version the coordinator saw", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const action = await createTestActionItem(database.prisma, { organisation: "FIN", status: "IN_PROGRESS" });
    const results = await Promise.allSettled([
      changeDeadline({
        actor: coordinator,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-07-07", reason: "Een." },
      }),
      changeDeadline({
        actor: coordinator,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-08-08", reason: "Twee." },
      }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const [rejected] = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(rejected!.reason).toMatchObject({ code: "CONFLICT" });
    expect(await database.prisma.deadlineChange.count({ where: { actionItemId: action.id } })).toBe(1);
  });
});

describe("date rules", () => {
  it("the new date must exist, differ from the current one, and not lie before the start date", async () => {
    const contributor = await actorFor(database, contributorEmail);
    const action = await createTestActionItem(database.prisma, {
      organisation: "ADSB",
      status: "IN_PROGRESS",
      startDate: "2023-02-01",
    });
    const parsed = DeadlineChangeSchema.safeParse({
      actionItemId: action.id,
      version: "1",
      newDueDate: "2023-06-31",
      reason: " ",
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["newDueDate", "Deze datum bestaat niet. Vul een bestaande datum in, bijvoorbeeld 30-6-2023."],
      ["reason", "Vul een reden in."],
    ]);
    await expect(
      requestDeadlineChange({
        actor: contributor,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-01-31", reason: "Eerder." },
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldError: { field: "newDueDate", message: expect.stringContaining("De deadline ligt voor de startdatum.") },
      },
    });
    await expect(
      requestDeadlineChange({
        actor: contributor,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-06-30", reason: "Zelfde." },
      }),
    ).rejects.toMatchObject({
      details: {
        fieldError: { field: "newDueDate", message: "Dit is al de deadline van de actie. Kies een andere datum." },
      },
    });
    await expect(
      requestDeadlineChange({
        actor: contributor,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-02-01", reason: "Op de startdag." },
      }),
    ).resolves.toBeDefined();
  });

  it("a done or cancelled action keeps its deadline", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB", status: "DONE" });
    await expect(
      changeDeadline({
        actor: coordinator,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-09-30", reason: "Waarom niet." },
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("a request made on an out-of-date page gets the conflict", async () => {
    const contributor = await actorFor(database, contributorEmail);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB", status: "IN_PROGRESS" });
    await database.prisma.actionItem.update({ where: { id: action.id }, data: { version: 2 } });
    await database.prisma.auditEvent.create({
      data: {
        actorId: contributor.id,
        entityType: "ActionItem",
        entityId: action.id,
        kind: "PROGRESS_ADDED",
        after: { text: "Tussendoor." },
      },
    });
    await expect(
      requestDeadlineChange({
        actor: contributor,
        input: { actionItemId: action.id, version: 1, newDueDate: "2023-09-30", reason: "Later." },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
