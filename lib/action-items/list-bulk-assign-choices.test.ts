// The second step of "Contactpersoon toewijzen" against PostgreSQL: the ticked actions in the
// order they were ticked, with the versions the boxes carried, vanished ones counted, only for
// a Coördinator; and the people offered, only of those actions' organisations.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { createTestActionItem } from "@/test/factories";
import { listBulkAssignChoices } from "@/lib/action-items/list-bulk-assign-choices";
import { listContactOptions } from "@/lib/action-items/list-contact-options";
import { BulkAssignChoicesSchema } from "@/lib/validation/bulk-assign";

const database = setUpSeededDatabase();
const coordinatorEmail = "coordinator@fin.demo.opvolging.nl";

describe("BulkAssignChoicesSchema", () => {
  it("reads each box once, at least one and at most one page", () => {
    expect(BulkAssignChoicesSchema.parse(["a:1", "b:2", "a:1"])).toEqual([
      { id: "a", version: 1 },
      { id: "b", version: 2 },
    ]);
    expect(BulkAssignChoicesSchema.safeParse([]).error?.issues[0]?.message).toBe("Kies ten minste één actie.");
    expect(BulkAssignChoicesSchema.safeParse(["a"]).success).toBe(false);
    expect(BulkAssignChoicesSchema.safeParse(Array.from({ length: 51 }, (_, n) => `a${n}:1`)).success).toBe(false);
  });
});

describe("listBulkAssignChoices", () => {
  it("lists the ticked actions in their order, keeps the boxes' versions and counts a vanished one", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const first = await createTestActionItem(database.prisma, {
      organisation: "ADSB",
      title: "Keuze 1",
      withContact: true,
    });
    const second = await createTestActionItem(database.prisma, { organisation: "FIN", title: "Keuze 2" });
    await database.prisma.actionItem.update({ where: { id: first.id }, data: { version: { increment: 1 } } });

    const listed = await listBulkAssignChoices({
      actor: coordinator,
      choices: BulkAssignChoicesSchema.parse([`${second.id}:1`, "bestaat-niet:1", `${first.id}:1`]),
    });

    expect(listed.missing).toBe(1);
    expect(listed.choices.map((choice) => [choice.title, choice.organisation.code])).toEqual([
      ["Keuze 2", "FIN"],
      ["Keuze 1", "ADSB"],
    ]);
    // The version the box carried, not the present one: the assignment must refuse the changed one.
    expect(listed.choices[1]!.version).toBe(1);
    expect(listed.choices[1]!.contactName).not.toBeNull();
    expect(listed.choices[0]!.contactName).toBeNull();
  });

  it("is for a Coördinator only", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "actions:manage",
      prepare: async () => createTestActionItem(database.prisma, { organisation: "ADSB", title: "Keuze rol" }),
      run: (actor, action) =>
        listBulkAssignChoices({ actor, choices: BulkAssignChoicesSchema.parse([`${action.id}:1`]) }),
    });
    expect(actual).toEqual(expected);
    expect(Object.entries(actual).filter(([, outcome]) => outcome === "allowed")).toHaveLength(3);
  });
});

describe("listContactOptions", () => {
  it("offers only the people of the given organisations when asked", async () => {
    const coordinator = await actorFor(database, coordinatorEmail);
    const adsb = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "ADSB" } });
    const groups = await listContactOptions({ actor: coordinator, organisationIds: [adsb.id] });
    expect(groups.map((group) => group.label)).toEqual(["Atradius Dutch State Business (ADSB)"]);
    const everyone = await listContactOptions({ actor: coordinator });
    expect(everyone.length).toBeGreaterThan(1);
  });
});
