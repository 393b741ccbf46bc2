import { beforeAll, describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { countStatements } from "@/test/count-statements";
import { generateAuditEvents, insertAuditEventsAt } from "@/test/audit-events";
import { AUDIT_COUNT_CAP, AUDIT_EVENTS_PER_PAGE, listAuditEvents } from "./list-audit-events";
import { exportAuditEvents } from "./export-audit-events";
import { parseAuditLogFilters, auditLogQuery, type AuditLogFilters } from "@/lib/validation/audit-log-filters";
import type { Actor } from "@/lib/auth/actor";

const database = setUpSeededDatabase();

let coordinator: Actor;
let admin: Actor;
const ids: Record<string, string> = {};

// March 2019, far before the seed's own events; 31 March 2019 is the day summer time began.
const MARCH = { from: "2019-03-01", to: "2019-03-20" } as const;

beforeAll(async () => {
  coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
  admin = await actorFor(database, "beheerder@fin.demo.opvolging.nl");
  for (const email of [
    "coordinator@fin.demo.opvolging.nl",
    "bijdrager@bz.demo.opvolging.nl",
    "bijdrager@adsb.demo.opvolging.nl",
  ]) {
    ids[email] = (await database.prisma.user.findUniqueOrThrow({ where: { email } })).id;
  }
  await insertAuditEventsAt(database.prisma, [
    {
      id: "e1",
      actorId: ids["coordinator@fin.demo.opvolging.nl"]!,
      entityType: "ActionItem",
      entityId: "a1",
      kind: "UPDATE",
      before: { title: "Oud" },
      after: { title: "Nieuw" },
      occurredAt: "2019-03-10T10:00:00Z",
    },
    {
      id: "e2",
      actorId: ids["bijdrager@bz.demo.opvolging.nl"]!,
      entityType: "ActionItem",
      entityId: "a2",
      kind: "PROGRESS_ADDED",
      after: { text: "Voortgang" },
      occurredAt: "2019-03-11T10:00:00Z",
    },
    {
      id: "e3",
      actorId: ids["bijdrager@adsb.demo.opvolging.nl"]!,
      entityType: "Recommendation",
      entityId: "r1",
      kind: "STATUS_CHANGED",
      occurredAt: "2019-03-12T10:00:00Z",
    },
    {
      id: "e4",
      actorId: null,
      entityType: "SignIn",
      entityId: "iemand@example.org",
      kind: "SIGN_IN_FAILED",
      occurredAt: "2019-03-13T10:00:00Z",
    },
    {
      id: "e5",
      actorId: ids["coordinator@fin.demo.opvolging.nl"]!,
      entityType: "User",
      entityId: "u1",
      kind: "USER_DEACTIVATED",
      occurredAt: "2019-03-14T10:00:00Z",
    },
    // The edges of 31 March 2019 in Amsterdam: 00:00 CET is 23:00Z the day before, 24:00 CEST is 22:00Z.
    {
      id: "b1",
      actorId: null,
      entityType: "Indicator",
      entityId: "grens",
      kind: "DELETE",
      occurredAt: "2019-03-30T22:59:59.999Z",
    },
    {
      id: "b2",
      actorId: null,
      entityType: "Indicator",
      entityId: "grens",
      kind: "DELETE",
      occurredAt: "2019-03-30T23:00:00.000Z",
    },
    {
      id: "b3",
      actorId: null,
      entityType: "Indicator",
      entityId: "grens",
      kind: "DELETE",
      occurredAt: "2019-03-31T21:59:59.999Z",
    },
    {
      id: "b4",
      actorId: null,
      entityType: "Indicator",
      entityId: "grens",
      kind: "DELETE",
      occurredAt: "2019-03-31T22:00:00.000Z",
    },
  ]);
});

async function idsFor(filters: AuditLogFilters, actor = coordinator) {
  const { entries, total } = await listAuditEvents({ actor, filters });
  // The count (its own SQL) and the page (Prisma's) must read the filters alike.
  expect(total).toBe(entries.length);
  return entries.map((entry) => entry.id);
}

describe("the Logboek's filters", () => {
  it("shows a period newest first", async () => {
    expect(await idsFor(MARCH)).toEqual(["e5", "e4", "e3", "e2", "e1"]);
  });

  it("filters by person", async () => {
    expect(await idsFor({ ...MARCH, actorId: ids["coordinator@fin.demo.opvolging.nl"] })).toEqual(["e5", "e1"]);
  });

  it("filters by the organisation of the person who acted (events without a person never match)", async () => {
    expect(await idsFor({ ...MARCH, organisationCode: "BZ" })).toEqual(["e2"]);
    expect(await idsFor({ ...MARCH, organisationCode: "ADSB" })).toEqual(["e3"]);
    expect(await idsFor({ ...MARCH, organisationCode: "FIN" })).toEqual(["e5", "e1"]);
  });

  it("filters by entity type and by kind of change, and combines filters", async () => {
    expect(await idsFor({ ...MARCH, entityType: "ActionItem" })).toEqual(["e2", "e1"]);
    expect(await idsFor({ ...MARCH, kind: "SIGN_IN_FAILED" })).toEqual(["e4"]);
    expect(await idsFor({ ...MARCH, entityType: "ActionItem", organisationCode: "FIN", kind: "UPDATE" })).toEqual([
      "e1",
    ]);
    expect(await idsFor({ ...MARCH, entityType: "ActionItem", kind: "SIGN_IN_FAILED" })).toEqual([]);
  });

  it("reads a period as whole Amsterdam days: from 00:00 of van to 24:00 of tot, also on the day summer time begins", async () => {
    expect(await idsFor({ from: "2019-03-31", to: "2019-03-31", entityType: "Indicator" })).toEqual(["b3", "b2"]);
    expect(await idsFor({ from: "2019-03-30", to: "2019-03-30", entityType: "Indicator" })).toEqual(["b1"]);
    expect(await idsFor({ from: "2019-04-01", entityType: "Indicator", kind: "DELETE" })).toEqual(["b4"]);
    expect(await idsFor({ to: "2019-03-30", entityType: "Indicator" })).toEqual(["b1"]);
  });

  it("reads the URL: Dutch names, a wrong value reported by its field and left out, the rest applied", () => {
    const parsed = parseAuditLogFilters({
      persoon: "u1",
      organisatie: "fin",
      gegeven: "Taart",
      soort: "UPDATE",
      van: "2019-02-30",
      tot: "2019-03-20",
      pagina: "3",
    });
    expect(parsed.filters).toEqual({ actorId: "u1", organisationCode: "FIN", kind: "UPDATE", to: "2019-03-20" });
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual(["gegeven", "van"]);
    expect(parsed.page).toBe(3);
    expect(parseAuditLogFilters({ van: "2019-03-20", tot: "2019-03-01" })).toMatchObject({
      filters: { from: "2019-03-20" },
      fieldErrors: { tot: expect.stringContaining("einddatum") },
    });
    expect(parseAuditLogFilters({ pagina: "-4", soort: ["CREATE", "UPDATE"] })).toMatchObject({
      page: 1,
      filters: { kind: "CREATE" },
    });
    expect(auditLogQuery({ kind: "UPDATE", from: "2019-03-01" }, 2)).toBe("?soort=UPDATE&van=2019-03-01&pagina=2");
  });

  it("names every person in the filter list, deactivated ones too, sorted by name", async () => {
    await database.prisma.user.update({
      where: { email: "bijdrager@adsb.demo.opvolging.nl" },
      data: { active: false },
    });
    const { people } = await listAuditEvents({ actor: coordinator, filters: MARCH });
    expect(people.map((person) => person.name)).toEqual(
      [...people.map((person) => person.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    expect(people.find((person) => person.id === ids["bijdrager@adsb.demo.opvolging.nl"])).toMatchObject({
      name: "Pieter Bakker",
      organisationCode: "ADSB",
      active: false,
    });
    await database.prisma.user.update({ where: { email: "bijdrager@adsb.demo.opvolging.nl" }, data: { active: true } });
  });

  it("is for a Coördinator and a Beheerder only", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "audit:read",
      prepare: async () => undefined,
      run: (actor) => listAuditEvents({ actor, filters: MARCH }),
    });
    expect(actual).toEqual(expected);
    expect(
      Object.entries(expected)
        .filter(([, outcome]) => outcome === "allowed")
        .map(([label]) => label)
        .sort(),
    ).toEqual([
      "ADMIN van ADSB",
      "ADMIN van BZ",
      "ADMIN van FIN",
      "COORDINATOR van ADSB",
      "COORDINATOR van BZ",
      "COORDINATOR van FIN",
    ]);
  });
});

describe("the export's chunks", () => {
  it("reads every matching event once, newest first, also across events of the same millisecond, up to the row limit", async () => {
    const at = "2018-06-01T12:00:00.000Z";
    await insertAuditEventsAt(
      database.prisma,
      ["t1", "t2", "t3", "t4", "t5"].map((id) => ({
        id,
        actorId: null,
        entityType: "Evaluation",
        entityId: "gelijk",
        kind: "UPDATE",
        occurredAt: at,
      })),
    );
    const filters = { to: "2018-06-01", entityType: "Evaluation" } as const;
    const read = async (rowLimit: number) => {
      const exported = await exportAuditEvents({ actor: coordinator, filters }, { chunkSize: 2, rowLimit });
      const chunks: string[][] = [];
      for await (const chunk of exported.chunks) chunks.push(chunk.map((entry) => entry.id));
      return chunks;
    };
    expect(await read(100)).toEqual([["t5", "t4"], ["t3", "t2"], ["t1"]]);
    expect(await read(3)).toEqual([["t5", "t4"], ["t3"]]);
    expect(await read(4)).toEqual([
      ["t5", "t4"],
      ["t3", "t2"],
    ]);
  });
});

describe("the Logboek on a large trail", () => {
  const cases: [string, AuditLogFilters, number?][] = [
    ["everything, first page", {}],
    ["everything, a later page", {}, 150],
    ["by person", { actorId: "" }],
    ["by organisation", { organisationCode: "BZ" }],
    ["by entity type and kind", { entityType: "ActionItem", kind: "UPDATE" }],
    // A period with events in the small trail too (an empty result skips the page query).
    ["by period", { from: "2019-03-01", to: "2023-03-31" }],
  ];

  async function statementsPerCase() {
    const counts: Record<string, number> = {};
    for (const [label, filters, page] of cases) {
      const resolved =
        filters.actorId === "" ? { ...filters, actorId: ids["bijdrager@bz.demo.opvolging.nl"] } : filters;
      counts[label] = (
        await countStatements(database.url, () => listAuditEvents({ actor: admin, filters: resolved, page }))
      ).statements;
    }
    return counts;
  }

  it("issues the same number of statements at a few events and at 200,000", async () => {
    const small = await statementsPerCase();
    await generateAuditEvents(database.prisma, { count: 200_000 });
    const large = await statementsPerCase();
    expect(large).toEqual(small);
    expect(Math.max(...Object.values(large))).toBeLessThanOrEqual(6);
  }, 120_000);

  it("caps the count: more than 10,000 matching events say so, and pages stop at the cap", async () => {
    const log = await listAuditEvents({ actor: admin, filters: {}, page: 100_000 });
    expect(log).toMatchObject({
      capped: true,
      total: AUDIT_COUNT_CAP,
      pageCount: AUDIT_COUNT_CAP / AUDIT_EVENTS_PER_PAGE,
      page: AUDIT_COUNT_CAP / AUDIT_EVENTS_PER_PAGE,
    });
    expect(log.entries).toHaveLength(AUDIT_EVENTS_PER_PAGE);
    const narrow = await listAuditEvents({ actor: admin, filters: { from: "2023-04-01", to: "2023-04-01" } });
    expect(narrow).toMatchObject({ capped: false, total: 24 * 60 });
  });
});
