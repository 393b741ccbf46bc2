// An action's history from the audit trail: its own events and those of its deadline
// changes, evidence and progress updates, newest first, at most 50 with a "more" flag, refused
// attempts only for who reads the audit trail; one statement, an index lookup, not a scan.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { countStatements } from "@/test/count-statements";
import { listEntityHistory, HISTORY_SIZE } from "@/lib/audit/list-entity-history";
import { addProgressUpdate } from "@/lib/action-items/add-progress-update";
import { requestDeadlineChange } from "@/lib/deadline-changes/request-deadline-change";
import { decideDeadlineChange } from "@/lib/deadline-changes/decide-deadline-change";
import { getActionItem } from "@/lib/action-items/get-action-item";
import { createTestActionItem } from "@/test/factories";

const database = setUpSeededDatabase();

describe("listEntityHistory", () => {
  it("gathers the events of the action and of its parts, newest first, and no one else's", async () => {
    const contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const other = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    await addProgressUpdate({
      actor: contributor,
      input: { actionItemId: action.id, version: 1, text: "Gestart.", status: "IN_PROGRESS" },
    });
    await addProgressUpdate({
      actor: contributor,
      input: { actionItemId: other.id, version: 1, text: "Andere actie." },
    });
    const { deadlineChangeId } = await requestDeadlineChange({
      actor: contributor,
      input: { actionItemId: action.id, version: 2, newDueDate: "2023-09-30", reason: "Later." },
    });
    await decideDeadlineChange({
      actor: coordinator,
      input: { deadlineChangeId, version: 1, decision: "APPROVE", decisionNote: "Akkoord." },
    });
    // Evidence and a progress update as records of their own (written by other areas, or in the future).
    const evidence = await database.prisma.evidence.create({
      data: {
        actionItemId: action.id,
        kind: "LINK",
        title: "Notulen",
        url: "https://example.org/notulen",
        addedById: contributor.id,
      },
    });
    await database.prisma.auditEvent.create({
      data: {
        actorId: contributor.id,
        entityType: "Evidence",
        entityId: evidence.id,
        kind: "EVIDENCE_ADDED",
        after: { title: "Notulen" },
      },
    });
    const [update] = await database.prisma.progressUpdate.findMany({ where: { actionItemId: action.id } });
    await database.prisma.auditEvent.create({
      data: {
        actorId: null,
        entityType: "ProgressUpdate",
        entityId: update!.id,
        kind: "CREATE",
        after: { text: "Gestart." },
      },
    });
    await database.prisma.auditEvent.create({
      data: {
        actorId: reader.id,
        entityType: "ActionItem",
        entityId: action.id,
        kind: "PERMISSION_REFUSED",
        after: { permission: "actions:update" },
      },
    });

    const history = await listEntityHistory({ actor: coordinator, entityType: "ActionItem", entityId: action.id });
    expect(history.more).toBe(false);
    expect(history.entries.map((entry) => `${entry.entityType} ${entry.kind}`).sort()).toEqual(
      [
        "ActionItem STATUS_CHANGED",
        "DeadlineChange DEADLINE_REQUESTED",
        "DeadlineChange DEADLINE_APPROVED",
        "ActionItem DEADLINE_CHANGED",
        "Evidence EVIDENCE_ADDED",
        "ProgressUpdate CREATE",
        "ActionItem PERMISSION_REFUSED",
      ].sort(),
    );
    const times = history.entries.map((entry) => entry.when.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(history.entries.find((entry) => entry.kind === "STATUS_CHANGED")).toMatchObject({
      who: "Pieter Bakker",
      changes: [
        { field: "status", before: "NOT_STARTED", after: "IN_PROGRESS" },
        { field: "text", after: "Gestart." },
      ],
    });
    expect(history.entries.find((entry) => entry.kind === "PERMISSION_REFUSED")).toMatchObject({
      who: "Femke Visser",
      changes: [],
    });
    expect(history.entries.find((entry) => entry.kind === "CREATE")).toMatchObject({ who: null });

    // A Lezer sees the same history, without the refused attempt.
    const asReader = await listEntityHistory({ actor: reader, entityType: "ActionItem", entityId: action.id });
    expect(asReader.entries.map((entry) => entry.kind)).not.toContain("PERMISSION_REFUSED");
    expect(asReader.entries).toHaveLength(6);
  });

  it("shows the newest 50 and says there are more", async () => {
    const contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    for (let version = 1; version <= HISTORY_SIZE + 2; version += 1) {
      await addProgressUpdate({
        actor: contributor,
        input: { actionItemId: action.id, version, text: `Bericht ${version}.` },
      });
    }
    const history = await listEntityHistory({ actor: contributor, entityType: "ActionItem", entityId: action.id });
    expect(history.entries).toHaveLength(HISTORY_SIZE);
    expect(history.more).toBe(true);
    expect(history.entries[0]!.changes).toEqual([{ field: "text", after: `Bericht ${HISTORY_SIZE + 2}.` }]);
  });

  it("costs one statement, and the action page a fixed number, with an index lookup on a large trail", async () => {
    const reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const small = await countStatements(database.url, () =>
      listEntityHistory({ actor: reader, entityType: "ActionItem", entityId: action.id }),
    );
    const smallPage = await countStatements(database.url, () => getActionItem({ actor: reader, id: action.id }));

    // 200,000 events of other records, and 300 progress updates with events on this action.
    await database.prisma.$executeRawUnsafe(`
      INSERT INTO "AuditEvent" ("id", "actorId", "entityType", "entityId", "kind", "after")
      SELECT 'large-' || n, NULL, (ARRAY['ActionItem','DeadlineChange','Evidence','SignIn'])[1 + n % 4], 'other-' || (n % 20000), 'UPDATE', '{}'::jsonb
        FROM generate_series(1, 200000) AS n`);
    const author = await database.prisma.user.findFirstOrThrow({
      where: { email: "bijdrager@adsb.demo.opvolging.nl" },
    });
    await database.prisma.$executeRawUnsafe(
      `INSERT INTO "ProgressUpdate" ("id", "actionItemId", "authorId", "text", "statusBefore", "statusAfter", "percentDone", "occurredOn")
       SELECT 'pu-' || n, $1, $2, 'Bericht ' || n, 'NOT_STARTED', 'NOT_STARTED', 0, DATE '2023-03-01' FROM generate_series(1, 300) AS n`,
      action.id,
      author.id,
    );
    await database.prisma.$executeRawUnsafe(
      `INSERT INTO "AuditEvent" ("id", "actorId", "entityType", "entityId", "kind", "after")
       SELECT 'own-' || n, NULL, 'ActionItem', $1, 'PROGRESS_ADDED', jsonb_build_object('text', 'Bericht ' || n) FROM generate_series(1, 300) AS n`,
      action.id,
    );
    await database.prisma.$executeRawUnsafe(`ANALYZE "AuditEvent"`);
    await database.prisma.$executeRawUnsafe(`ANALYZE "ProgressUpdate"`);

    const large = await countStatements(database.url, () =>
      listEntityHistory({ actor: reader, entityType: "ActionItem", entityId: action.id }),
    );
    const largePage = await countStatements(database.url, () => getActionItem({ actor: reader, id: action.id }));
    expect(large.result.entries).toHaveLength(HISTORY_SIZE);
    expect(large.statements).toBe(1);
    expect(small.statements).toBe(1);
    expect(largePage.statements).toBe(smallPage.statements);
    expect(largePage.result?.journal).toHaveLength(50);
    expect(largePage.result?.journalPage).toMatchObject({ total: 300, pageCount: 6 });

    const plan = (
      await database.prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT e."id" FROM "AuditEvent" e
        WHERE ((e."entityType" = 'ActionItem' AND e."entityId" = $1)
           OR (e."entityType" = 'ProgressUpdate' AND e."entityId" = ANY (ARRAY(SELECT p."id" FROM "ProgressUpdate" p WHERE p."actionItemId" = $1))))
        ORDER BY e."occurredAt" DESC LIMIT 51`,
        action.id,
      )
    )
      .map((row) => row["QUERY PLAN"])
      .join("\n");
    expect(plan).not.toMatch(/Seq Scan on "AuditEvent"/);
  });
});
