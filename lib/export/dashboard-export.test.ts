// The dashboard as .xlsx: one sheet per table, the same filters as the page, formulas
// neutralised, dates as dates; and the route's answers.
import { beforeAll, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { exportDashboard } from "@/lib/export/dashboard-export";
import type { Actor } from "@/lib/auth/actor";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/require-user", () => ({
  getActor: async () => session.actor,
  requireUser: async () => session.actor,
}));

const database = setUpSeededDatabase();
let reader: Actor;

beforeAll(async () => {
  vi.stubEnv("APP_TODAY", "2023-04-03");
  reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
  // An overdue action whose title a spreadsheet would run as a formula.
  const adsb = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "ADSB" } });
  const recommendation = await database.prisma.recommendation.findFirstOrThrow({ orderBy: { number: "asc" } });
  await database.prisma.actionItem.create({
    data: {
      recommendationId: recommendation.id,
      reference: `${recommendation.number}.99`,
      title: '=HYPERLINK("http://x")',
      description: "-",
      ownerOrganisationId: adsb.id,
      dueDate: new Date("2022-01-03T00:00:00Z"),
    },
  });
});

async function load(body: Uint8Array<ArrayBuffer>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body.buffer);
  return workbook;
}

describe("exportDashboard", () => {
  it("writes one sheet per dashboard table, text neutralised and dates as dates", async () => {
    const file = await exportDashboard({ actor: reader, filters: {} });
    expect(file.fileName).toBe("dashboard-2023-04-03.xlsx");
    const workbook = await load(file.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "In één oogopslag",
      "Voortgang per aanbeveling",
      "Acties per organisatie",
      "Deadlines 90 dagen",
      "Te laat",
      "Gereedheid",
      "Risico's",
    ]);
    const overview = workbook.getWorksheet("In één oogopslag")!;
    expect(overview.getRow(2).values).toEqual([undefined, "Peildatum", new Date("2023-04-03T00:00:00Z")]);
    expect(overview.getRow(3).values).toEqual([undefined, "Organisatie (filter)", "alle"]);
    const overdue = workbook.getWorksheet("Te laat")!;
    expect(overdue.getRow(1).values).toEqual([
      undefined,
      "Deadline",
      "Soort",
      "Actie of toezegging",
      "Organisatie",
      "Dagen te laat",
    ]);
    const titles = overdue.getColumn(3).values;
    expect(titles).toContain('\'=HYPERLINK("http://x")');
    expect(titles).not.toContain('=HYPERLINK("http://x")');
    expect(overdue.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    const byOrganisation = workbook.getWorksheet("Acties per organisatie")!;
    expect(byOrganisation.rowCount).toBe(4);
  });

  it("applies the dashboard's filters", async () => {
    const workbook = await load((await exportDashboard({ actor: reader, filters: { organisationCode: "BZ" } })).body);
    expect(workbook.getWorksheet("In één oogopslag")!.getRow(3).values).toEqual([
      undefined,
      "Organisatie (filter)",
      "BZ (Ministerie van Buitenlandse Zaken)",
    ]);
    const organisations = workbook.getWorksheet("Acties per organisatie")!.getColumn(1).values.slice(2);
    expect(organisations.every((code) => code === "BZ")).toBe(true);
  });
});

describe("GET /dashboard.xlsx", () => {
  it("answers 401 without a session, and an attachment with one", async () => {
    const { GET } = await import("@/app/(app)/dashboard.xlsx/route");
    session.actor = null;
    expect((await GET(new Request("http://localhost/dashboard.xlsx"))).status).toBe(401);
    session.actor = reader;
    const response = await GET(new Request("http://localhost/dashboard.xlsx?organisatie=ADSB"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="dashboard-2023-04-03.xlsx"');
  });
});
