// "Contactpersoon toewijzen" for many actions against PostgreSQL: each action through the
// single-action path in its own transaction, so one stale version is named while the others
// are saved; refused outright for every role but the Coördinator; bounded to one page.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { createTestActionItem } from "@/test/factories";
import { assignContactInBulk } from "@/lib/action-items/assign-contact-in-bulk";
import { ACTION_LIST_PAGE_SIZE } from "@/lib/action-items/list-action-items";
import { BULK_ASSIGN_MAX, BulkAssignContactSchema } from "@/lib/validation/bulk-assign";

const database = setUpSeededDatabase();
const coordinatorEmail = "coordinator@fin.demo.opvolging.nl";

async function actions(count: number, organisation: "ADSB" | "FIN" = "ADSB") {
  return Promise.all(
    Array.from({ length: count }, (_, n) =>
      createTestActionItem(database.prisma, {
        organisation,
        title: `Bulk ${organisation} ${n + 1}`,
        withContact: true,
      }),
    ),
  );
}

const choices = (rows: { id: string; version: number }[]) => rows.map((row) => `${row.id}:${row.version}`).join(" ");

/** A new active user of ADSB: a contact person none of the test's actions has yet. */
async function otherAdsbUser() {
  const organisation = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "ADSB" } });
  const email = `bulk-${Math.random().toString(36).slice(2)}@adsb.test.opvolging.nl`;
  return database.prisma.user.create({
    data: {
      email,
      name: `Nieuwe contactpersoon ${email.slice(5, 11)}`,
      role: "CONTRIBUTOR",
      organisationId: organisation.id,
    },
  });
}

describe("BulkAssignContactSchema", () => {
  it("reads id:version pairs, at least one and at most one page of the list", () => {
    expect(BULK_ASSIGN_MAX).toBe(ACTION_LIST_PAGE_SIZE);
    expect(BulkAssignContactSchema.parse({ contactUserId: "u1", actions: "a:1 b:3 a:1" }).actions).toEqual([
      { id: "a", version: 1 },
      { id: "b", version: 3 },
    ]);
    const many = Array.from({ length: BULK_ASSIGN_MAX + 1 }, (_, n) => `id${n}:1`).join(" ");
    expect(BulkAssignContactSchema.safeParse({ contactUserId: "u1", actions: many }).error?.issues[0]?.message).toBe(
      "Kies hoogstens 50 acties tegelijk.",
    );
    expect(BulkAssignContactSchema.safeParse({ contactUserId: "u1", actions: "" }).error?.issues[0]?.message).toBe(
      "Kies ten minste één actie.",
    );
    expect(BulkAssignContactSchema.safeParse({ contactUserId: "u1", actions: "a:0" }).success).toBe(false);
    expect(BulkAssignContactSchema.safeParse({ contactUserId: "u1", actions: "a;drop:1" }).success).toBe(false);
  });
});

describe("assignContactInBulk", () => {
  it("saves 19 of 20 when one row's version moved on, names that one, and audits each change", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const rows = await actions(20);
    const contact = await otherAdsbUser();
    const stale = rows[7]!;
    // A colleague saved the eighth action after the list was shown.
    await database.prisma.actionItem.update({ where: { id: stale.id }, data: { version: { increment: 1 } } });

    const result = await assignContactInBulk({
      actor: coordinator,
      input: BulkAssignContactSchema.parse({ contactUserId: contact.id, actions: choices(rows) }),
    });

    expect(result.changed).toHaveLength(19);
    expect(result.changed).not.toContain(stale.id);
    expect(result.failures).toEqual([
      {
        actionItemId: stale.id,
        title: "Bulk ADSB 8",
        message: "Intussen door iemand anders gewijzigd. Laad de lijst opnieuw.",
      },
    ]);
    const after = await database.prisma.actionItem.findMany({
      where: { id: { in: rows.map((row) => row.id) } },
      select: { id: true, contactUserId: true, version: true, title: true },
    });
    for (const row of after) {
      if (row.id === stale.id) expect(row).toMatchObject({ contactUserId: stale.contactUserId, version: 2 });
      else expect(row).toMatchObject({ contactUserId: contact.id, version: 2, title: row.title });
    }
    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "ActionItem", entityId: { in: rows.map((row) => row.id) }, kind: "UPDATE" },
    });
    expect(events).toHaveLength(19);
    expect(events[0]).toMatchObject({ actorId: coordinator.id, after: { contactUser: contact.name } });
  });

  it("names the conflicting colleague when the audit trail knows who saved first", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const [row] = await actions(1);
    const contact = await otherAdsbUser();
    await assignContactInBulk({
      actor: coordinator,
      input: BulkAssignContactSchema.parse({ contactUserId: contact.id, actions: choices([row!]) }),
    });
    const again = await assignContactInBulk({
      actor: coordinator,
      input: BulkAssignContactSchema.parse({ contactUserId: row!.contactUserId!, actions: choices([row!]) }),
    });
    expect(again.failures[0]?.message).toMatch(/^Gewijzigd door .+ om \d\d:\d\d\.$/);
  });

  it("names an action whose organisation the new contact person is not of, and saves the others", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const [adsb] = await actions(1, "ADSB");
    const [fin] = await actions(1, "FIN");
    const contact = await otherAdsbUser();
    const result = await assignContactInBulk({
      actor: coordinator,
      input: BulkAssignContactSchema.parse({ contactUserId: contact.id, actions: choices([fin!, adsb!]) }),
    });
    expect(result.changed).toEqual([adsb!.id]);
    expect(result.failures).toEqual([
      {
        actionItemId: fin!.id,
        title: "Bulk FIN 1",
        message: "De nieuwe contactpersoon hoort niet bij de organisatie van deze actie.",
      },
    ]);
  });

  it("counts an action that already had this contact person as unchanged, and names an unknown id", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const [row] = await actions(1);
    const result = await assignContactInBulk({
      actor: coordinator,
      input: BulkAssignContactSchema.parse({
        contactUserId: row!.contactUserId!,
        actions: `${row!.id}:1 bestaat-niet:1`,
      }),
    });
    expect(result).toMatchObject({ changed: [], unchanged: [row!.id] });
    expect(result.failures).toEqual([
      expect.objectContaining({ actionItemId: "bestaat-niet", title: "Onbekende actie (bestaat-niet)" }),
    ]);
  });

  it("is for a Coördinator only: every other role is refused before any action changes", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "actions:manage",
      prepare: async () => {
        const [row] = await actions(1);
        const contact = await otherAdsbUser();
        return { row: row!, contact };
      },
      run: (actor, { row, contact }) =>
        assignContactInBulk({
          actor,
          input: BulkAssignContactSchema.parse({ contactUserId: contact.id, actions: choices([row]) }),
        }),
    });
    expect(actual).toEqual(expected);
    expect(Object.entries(actual).filter(([, outcome]) => outcome === "allowed")).toHaveLength(3);
    // The nine refused calls changed nothing: each refused action still has version 1.
    const untouched = await database.prisma.actionItem.count({ where: { title: "Bulk ADSB 1", version: 1 } });
    expect(untouched).toBeGreaterThanOrEqual(9);
  });
});
