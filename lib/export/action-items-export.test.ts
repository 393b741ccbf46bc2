// The export of the action list: the filtered rows in the list's order as .xlsx (read back
// with exceljs) and .csv, formulas neutralised, and the route's answers (401 without a
// session, an attachment named with today's date).
import { beforeAll, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { exportActionItems } from "@/lib/export/action-items-export";
import { parseActionListFilters } from "@/lib/validation/action-list-filters";
import type { Actor } from "@/lib/auth/actor";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/require-user", () => ({
  getActor: async () => session.actor,
  requireUser: async () => session.actor,
}));

const database = setUpSeededDatabase();
const TODAY = "2023-04-03";

let reader: Actor;
let evaluationId: string;

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

beforeAll(async () => {
  vi.stubEnv("APP_TODAY", TODAY);
  reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
  const contact = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
  const adsb = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "ADSB" } });
  const evaluation = await database.prisma.evaluation.create({
    data: { title: "Exportevaluatie", periodEvaluated: "2023", evaluator: "Test", source: "test" },
  });
  evaluationId = evaluation.id;
  const recommendation = await database.prisma.recommendation.create({
    data: {
      evaluationId,
      number: 7,
      title: "Exportaanbeveling",
      text: "Tekst",
      theme: "Test",
      cabinetResponse: "ADOPTED",
      leadOrganisationId: adsb.id,
    },
  });
  await database.prisma.actionItem.createMany({
    data: [
      {
        recommendationId: recommendation.id,
        reference: "7.1",
        title: "=SUM(1)",
        description: "+31 70 123 4567",
        titleEn: "=Sum in English",
        ownerOrganisationId: adsb.id,
        contactUserId: contact.id,
        status: "IN_PROGRESS",
        percentDone: 40,
        startDate: new Date("2023-01-02T00:00:00Z"),
        dueDate: new Date("2023-03-01T00:00:00Z"),
      },
      {
        recommendationId: recommendation.id,
        reference: "7.2",
        title: 'Handboek; deel "B"',
        description: "Gewone tekst",
        ownerOrganisationId: adsb.id,
        status: "DONE",
        percentDone: 100,
        dueDate: new Date("2023-06-30T00:00:00Z"),
        completedOn: new Date("2023-03-30T00:00:00Z"),
      },
    ],
  });
});

describe("exportActionItems", () => {
  it("writes an .xlsx that exceljs opens: bold frozen header, widths, the rows in order, real dates and numbers", async () => {
    const file = await exportActionItems({
      actor: reader,
      filters: parseActionListFilters({ evaluatie: evaluationId }),
      format: "xlsx",
    });
    expect(file).toMatchObject({
      fileName: "acties-2023-04-03.xlsx",
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      rowCount: 2,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(file.body).arrayBuffer());
    const sheet = workbook.getWorksheet("Acties")!;
    expect(sheet.rowCount).toBe(3);
    const header = sheet.getRow(1);
    expect(header.getCell(4).value).toBe("Kenmerk");
    expect(header.getCell(5).value).toBe("Actie");
    expect(header.font?.bold ?? header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(5).width).toBe(50);

    const first = sheet.getRow(2);
    const cells = (row: ExcelJS.Row) => (row.values as ExcelJS.CellValue[]).slice(1);
    expect(cells(first)).toEqual([
      "Exportevaluatie",
      7,
      "Exportaanbeveling",
      "7.1",
      "'=SUM(1)",
      "'+31 70 123 4567",
      "'=Sum in English",
      undefined,
      "ADSB",
      "Pieter Bakker",
      "In uitvoering",
      40,
      new Date("2023-01-02T00:00:00Z"),
      new Date("2023-03-01T00:00:00Z"),
      "te laat",
      undefined,
      "nee",
    ]);
    expect(first.getCell(14).numFmt).toBe("d-m-yyyy");
    expect(cells(sheet.getRow(3)).slice(4, 5)).toEqual(['Handboek; deel "B"']);
    expect(sheet.getRow(3).getCell(16).value).toEqual(new Date("2023-03-30T00:00:00Z"));
  });

  it("writes a .csv for Excel in Dutch: BOM, semicolons, the same rows, formulas neutralised", async () => {
    const file = await exportActionItems({
      actor: reader,
      filters: parseActionListFilters({ evaluatie: evaluationId, sorteer: "deadline", richting: "af" }),
      format: "csv",
    });
    expect(file).toMatchObject({ fileName: "acties-2023-04-03.csv", contentType: "text/csv; charset=utf-8" });
    const text = (await bytes(file.body)).toString("utf8");
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFEvaluatie;Nr. aanbeveling;Aanbeveling;Kenmerk;Actie;Omschrijving;Actie (Engels);Omschrijving (Engels);Organisatie;Contactpersoon;Status;Percentage gereed;Startdatum;Deadline;Stand deadline;Afgerond op;Illustratief",
    );
    expect(lines.slice(1)).toEqual([
      'Exportevaluatie;7;Exportaanbeveling;7.2;"Handboek; deel ""B""";Gewone tekst;;;ADSB;;Afgerond;100;;2023-06-30;afgerond;2023-03-30;nee',
      "Exportevaluatie;7;Exportaanbeveling;7.1;'=SUM(1);'+31 70 123 4567;'=Sum in English;;ADSB;Pieter Bakker;In uitvoering;40;2023-01-02;2023-03-01;te laat;;nee",
      "",
    ]);
  });

  it("exports the whole filtered list, not one page", async () => {
    const file = await exportActionItems({
      actor: reader,
      filters: parseActionListFilters({ pagina: "2" }),
      format: "csv",
    });
    expect(file.rowCount).toBe(await database.prisma.actionItem.count());
  });
});

describe("GET /acties/export", () => {
  it("answers 401 without a session, and an attachment named with today's date with one", async () => {
    const { GET } = await import("@/app/(app)/acties/export/route");
    session.actor = null;
    expect((await GET(new Request("http://localhost/acties/export?formaat=csv"))).status).toBe(401);

    session.actor = reader;
    const response = await GET(new Request(`http://localhost/acties/export?formaat=xlsx&evaluatie=${evaluationId}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="acties-2023-04-03.xlsx"');
    expect((await bytes(response.body!)).subarray(0, 2).toString()).toBe("PK");
    const csv = await GET(
      new Request(`http://localhost/acties/export?formaat=csv&evaluatie=${evaluationId}&status=DONE`),
    );
    expect(csv.headers.get("Content-Disposition")).toBe('attachment; filename="acties-2023-04-03.csv"');
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(2);
    session.actor = null;
  });
});
