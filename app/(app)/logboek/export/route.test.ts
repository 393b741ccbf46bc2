import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { insertAuditEventsAt } from "@/test/audit-events";
import type { Actor } from "@/lib/auth/actor";
import { GET } from "./route";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/require-user", () => ({ getActor: async () => session.actor }));

const database = setUpSeededDatabase();

let coordinator: Actor;

beforeAll(async () => {
  coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
  const organisation = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "BZ" } });
  // A name and values a spreadsheet would run as formulas.
  const schemer = await database.prisma.user.create({
    data: {
      email: "formule@test.opvolging.nl",
      name: '=HYPERLINK("http://x")',
      role: "CONTRIBUTOR",
      organisationId: organisation.id,
    },
  });
  await insertAuditEventsAt(database.prisma, [
    {
      id: "x1",
      actorId: schemer.id,
      entityType: "ActionItem",
      entityId: "@SUM(1)",
      kind: "UPDATE",
      before: { title: 'Oud; "citaat"' },
      after: { title: "-2+3" },
      occurredAt: "2020-05-04T08:30:15Z",
    },
    {
      id: "x2",
      actorId: null,
      entityType: "SignIn",
      entityId: "iemand@example.org",
      kind: "SIGN_IN_FAILED",
      after: { method: "password", reason: "password" },
      occurredAt: "2020-05-05T08:30:15Z",
    },
  ]);
});

async function get(query: string, actor: Actor | null) {
  session.actor = actor;
  try {
    return await GET(new Request(`http://localhost/logboek/export${query}`));
  } finally {
    session.actor = null;
  }
}

describe("GET /logboek/export", () => {
  it("streams the filtered trail as CSV: a header, the same words as the page, cells neutralised against formulas", async () => {
    const response = await get("?van=2020-05-04&tot=2020-05-04", coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="logboek-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    // UTF-8 with a byte-order mark, so Excel reads "ë" as "ë" (a decoder drops the mark).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = new TextDecoder().decode(bytes).split("\r\n").filter(Boolean);
    expect(header).toBe(
      "Tijdstip (Nederlandse tijd);Persoon;Organisatie;Soort wijziging;Code soort wijziging;Gegeven;Code gegeven;Id van het gegeven;Wijziging;Voor (JSON);Na (JSON)",
    );
    expect(rows).toEqual([
      `2020-05-04 10:30:15;"'=HYPERLINK(""http://x"")";BZ;Gewijzigd;UPDATE;Actie;ActionItem;'@SUM(1);"Titel: Oud; ""citaat"" → -2+3";"{""title"":""Oud; \\""citaat\\""""}";"{""title"":""-2+3""}"`,
    ]);
  });

  it("writes the export to the trail with its filters, before the rows", async () => {
    const response = await get("?soort=SIGN_IN_FAILED&gegeven=SignIn&van=2020-05-05&tot=2020-05-05", coordinator);
    const text = await response.text();
    expect(text).toContain(
      '2020-05-05 10:30:15;systeem;;Inloggen mislukt;SIGN_IN_FAILED;Inloggen;SignIn;iemand@example.org;"Manier: Wachtwoord\nReden: verkeerd wachtwoord"',
    );
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { kind: "EXPORTED", actorId: coordinator.id },
      orderBy: { occurredAt: "desc" },
    });
    expect(event).toMatchObject({
      entityType: "Database",
      entityId: "logboek",
      after: {
        format: "csv",
        maxRows: 100_000,
        filters: { soort: "SIGN_IN_FAILED", gegeven: "SignIn", van: "2020-05-05", tot: "2020-05-05" },
      },
    });
  });

  it("answers 401 without a session, 403 to a role without audit:read (and records the attempt), 400 to wrong filters", async () => {
    expect((await get("", null)).status).toBe(401);

    const contributor = await actorFor(database, "bijdrager@bz.demo.opvolging.nl");
    const refused = await get("?soort=nonsens", contributor);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe("U heeft geen toestemming voor deze handeling.");
    expect(
      await database.prisma.auditEvent.findMany({
        where: { actorId: contributor.id, kind: { in: ["PERMISSION_REFUSED", "EXPORTED"] } },
      }),
    ).toMatchObject([
      { kind: "PERMISSION_REFUSED", entityType: "Database", entityId: "logboek", after: { permission: "audit:read" } },
    ]);

    const exportsBefore = await database.prisma.auditEvent.count({ where: { kind: "EXPORTED" } });
    expect((await get("?van=2020-02-30", coordinator)).status).toBe(400);
    expect(await database.prisma.auditEvent.count({ where: { kind: "EXPORTED" } })).toBe(exportsBefore);
  });
});
