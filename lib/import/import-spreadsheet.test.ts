// The spreadsheet import against the demo data: the template round-trips, each kind of bad
// row gets its message and nothing is written, one bad row among 500 writes nothing, the
// same file twice changes nothing the second time, files that are not plain spreadsheets
// are refused, status and deadline go through the workflow's rules, and 5,000 rows are timed.
import { beforeAll, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { importSpreadsheet, type ImportInput } from "@/lib/import/import-spreadsheet";
import { buildImportTemplate } from "@/lib/import/build-import-template";
import { IMPORT_COLUMNS, OPTIONAL_COLUMNS } from "@/lib/import/import-columns";
import { importWorkbookBytes, testRow, type TestRow } from "@/test/fixtures/import-files";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";

const database = setUpSeededDatabase();
let coordinator: Actor;

beforeAll(async () => {
  vi.stubEnv("APP_TODAY", "2023-04-03");
  coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
});

function fileOf(bytes: Uint8Array<ArrayBuffer>, name = "import.xlsx"): File {
  return new File([bytes], name);
}

async function run(mode: ImportInput["mode"], bytes: Uint8Array<ArrayBuffer>, actor = coordinator) {
  const check = await importSpreadsheet({ actor, input: { mode: "check", file: fileOf(bytes) } });
  if (mode === "check") return check;
  return importSpreadsheet({ actor, input: { mode: "import", file: fileOf(bytes), checkedSha256: check.sha256 } });
}

async function refusalOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (failure: unknown) => failure,
  );
  if (!isAppError(error)) throw new Error(`Geen weigering: ${String(error)}`);
  return error.message;
}

async function state() {
  const [actions, recommendations, audit, updates, deadlines] = await Promise.all([
    database.prisma.actionItem.count(),
    database.prisma.recommendation.count(),
    database.prisma.auditEvent.count(),
    database.prisma.progressUpdate.count(),
    database.prisma.deadlineChange.count(),
  ]);
  return { actions, recommendations, audit, updates, deadlines };
}

describe("the template", () => {
  it("round-trips: the current data, checked and imported, changes nothing", async () => {
    const template = await buildImportTemplate({ actor: coordinator, filled: true });
    expect(template.rowCount).toBeGreaterThan(10);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body.buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Aanbevelingen en acties", "Toelichting"]);
    expect(workbook.getWorksheet("Toelichting")!.getColumn(1).values).toContain("Kenmerk actie");

    const before = await state();
    const check = await run("check", template.body);
    expect(check.errors).toEqual([]);
    expect(check.counts).toEqual({ NEW: 0, CHANGED: 0, UNCHANGED: template.rowCount, INVALID: 0 });
    const imported = await run("import", template.body);
    expect(imported.imported).toBe(true);
    expect(await state()).toEqual(before);
  });

  it("is refused to a Bijdrager, and so is an import", async () => {
    const contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    await expect(buildImportTemplate({ actor: contributor, filled: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const bytes = await importWorkbookBytes([testRow(90, 1)]);
    await expect(
      importSpreadsheet({ actor: contributor, input: { mode: "check", file: fileOf(bytes) } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("bad rows", () => {
  const cases: { name: string; row: TestRow; column: string; message: RegExp }[] = [
    {
      name: "an unknown organisation",
      row: testRow(60, 1, { organisation: "XYZ" }),
      column: "Organisatie",
      message: /Onbekende organisatie 'XYZ'/,
    },
    {
      name: "a date that does not exist",
      row: testRow(60, 2, { dueDate: "31-02-2023" }),
      column: "Deadline",
      message: /De datum 31-02-2023 bestaat niet/,
    },
    {
      name: "a due date before the start date",
      row: testRow(60, 3, { startDate: "2023-07-01" }),
      column: "Deadline",
      message: /De deadline ligt voor de startdatum/,
    },
    {
      name: "a missing title",
      row: testRow(60, 4, { title: "" }),
      column: "Titel actie",
      message: /Vul Titel actie in/,
    },
    {
      name: "an unknown status",
      row: testRow(60, 5, { status: "Bijna klaar" }),
      column: "Status",
      message: /Onbekende status 'Bijna klaar'/,
    },
    {
      name: "an unknown contact person",
      row: testRow(60, 6, { contact: "niemand@example.org" }),
      column: "Contactpersoon (e-mail)",
      message: /Onbekende contactpersoon/,
    },
    {
      name: "a contact person of another organisation",
      row: testRow(60, 7, { contact: "bijdrager@bz.demo.opvolging.nl" }),
      column: "Contactpersoon (e-mail)",
      message: /werkt niet bij ADSB/,
    },
    {
      name: "an unknown evaluation",
      row: testRow(60, 8, { evaluation: "Een andere evaluatie" }),
      column: "Evaluatie",
      message: /Onbekende evaluatie/,
    },
    {
      name: "a reference of another recommendation",
      row: testRow(60, 9, { reference: "61.1" }),
      column: "Kenmerk actie",
      message: /begint met 60\./,
    },
    {
      name: "an unknown cabinet response",
      row: testRow(60, 10, { cabinetResponse: "Misschien" }),
      column: "Kabinetsreactie",
      message: /Onbekende kabinetsreactie/,
    },
  ];

  for (const { name, row, column, message } of cases) {
    it(`${name}: its message by row and column, and nothing written`, async () => {
      const bytes = await importWorkbookBytes([testRow(60, 20), row]);
      const before = await state();
      const check = await run("check", bytes);
      expect(check.counts.INVALID).toBe(1);
      expect(check.errors).toHaveLength(1);
      expect(check.errors[0]).toMatchObject({ rowNumber: 3, column });
      expect(check.errors[0]!.message).toMatch(message);
      const imported = await importSpreadsheet({
        actor: coordinator,
        input: { mode: "import", file: fileOf(bytes), checkedSha256: check.sha256 },
      });
      expect(imported.imported).toBe(false);
      expect(await state()).toEqual(before);
    });
  }

  it("a duplicate reference and a recommendation number with other details", async () => {
    const bytes = await importWorkbookBytes([
      testRow(61, 1),
      testRow(61, 1),
      testRow(61, 2, { recommendationTitle: "Een andere titel" }),
    ]);
    const check = await run("check", bytes);
    expect(check.errors).toEqual([
      {
        rowNumber: 3,
        column: "Kenmerk actie",
        message: "Kenmerk 61.1 staat ook op rij 2. Elk kenmerk mag één keer voorkomen.",
      },
      {
        rowNumber: 4,
        column: "Titel aanbeveling",
        message:
          "Aanbeveling 61 staat op rij 2 met andere gegevens. Maak de gegevens van de aanbeveling op elke rij gelijk.",
      },
    ]);
  });

  it("one bad row among 500 writes nothing", async () => {
    const rows = Array.from({ length: 500 }, (_, index) => testRow(70 + Math.floor(index / 100), (index % 100) + 1));
    rows[437] = { ...rows[437], dueDate: "2023-02-31" };
    const bytes = await importWorkbookBytes(rows);
    const before = await state();
    const result = await run("import", bytes);
    expect(result).toMatchObject({ imported: false, errorCount: 1, counts: { NEW: 499, INVALID: 1 } });
    expect(result.errors[0]).toMatchObject({ rowNumber: 439, column: "Deadline" });
    expect(await state()).toEqual(before);
  });
});

describe("importing", () => {
  it("writes new rows with their audit events; the same file again changes nothing", async () => {
    const bytes = await importWorkbookBytes([
      testRow(80, 1),
      testRow(80, 2, { status: "In uitvoering", percentDone: 40 }),
      testRow(80, 3, { status: "Afgerond", percentDone: "" }),
      {
        ...testRow(81, 1),
        reference: null,
        title: null,
        description: null,
        organisation: null,
        contact: null,
        startDate: null,
        dueDate: null,
        status: null,
        percentDone: null,
      },
    ]);
    const before = await state();
    const first = await run("import", bytes);
    expect(first).toMatchObject({ imported: true, counts: { NEW: 4, CHANGED: 0, UNCHANGED: 0, INVALID: 0 } });
    const after = await state();
    expect(after.actions - before.actions).toBe(3);
    expect(after.recommendations - before.recommendations).toBe(2);
    // 2 recommendations + 3 actions created; In uitvoering one step, Afgerond two: 3 journal entries.
    expect(after.updates - before.updates).toBe(3);
    expect(after.audit - before.audit).toBe(2 + 3 + 3);
    const done = await database.prisma.actionItem.findFirstOrThrow({
      where: { reference: "80.3", recommendation: { number: 80 } },
    });
    expect(done).toMatchObject({ status: "DONE", percentDone: 100 });

    const second = await run("import", bytes);
    expect(second).toMatchObject({ imported: true, counts: { NEW: 0, CHANGED: 0, UNCHANGED: 4, INVALID: 0 } });
    expect(await state()).toEqual(after);
  });

  it("updates what changed, moves a deadline as a deadline change, and refuses what the workflow refuses", async () => {
    expect(
      await run(
        "import",
        await importWorkbookBytes([testRow(82, 1), testRow(82, 2, { status: "Afgerond", percentDone: 100 })]),
      ),
    ).toMatchObject({ imported: true });
    const changed = await run(
      "check",
      await importWorkbookBytes([
        testRow(82, 1, { title: "Nieuwe titel", dueDate: "2023-09-30", status: "In uitvoering" }),
        testRow(82, 2, { status: "In uitvoering", percentDone: 100 }),
      ]),
    );
    expect(changed.rows[0]).toMatchObject({ outcome: "CHANGED", changes: ["Titel actie", "Deadline", "Status"] });
    expect(changed.errors).toEqual([
      {
        rowNumber: 3,
        column: "Status",
        message:
          "Van Afgerond naar In uitvoering kan niet via de import: daar is een reden voor nodig. Doe het op de pagina van de actie.",
      },
    ]);

    const result = await run(
      "import",
      await importWorkbookBytes([
        testRow(82, 1, { title: "Nieuwe titel", dueDate: "2023-09-30", status: "In uitvoering" }),
        testRow(82, 2, { status: "Afgerond", percentDone: 100 }),
      ]),
    );
    expect(result).toMatchObject({ imported: true, counts: { CHANGED: 1, UNCHANGED: 1 } });
    const action = await database.prisma.actionItem.findFirstOrThrow({
      where: { reference: "82.1", recommendation: { number: 82 } },
      include: { deadlineChanges: true },
    });
    expect(action).toMatchObject({
      title: "Nieuwe titel",
      status: "IN_PROGRESS",
      dueDate: new Date("2023-09-30T00:00:00Z"),
    });
    expect(action.deadlineChanges).toMatchObject([
      {
        status: "APPROVED",
        reason: "Gewijzigd via een import uit Excel.",
        newDueDate: new Date("2023-09-30T00:00:00Z"),
      },
    ]);
  });
});

describe("the English columns", () => {
  it("writes the English texts, keeps them on an empty cell, and imports a file made before they existed", async () => {
    const english = {
      recommendationTitleEn: "Recommendation 83",
      recommendationTextEn: "Text of recommendation 83.",
      titleEn: "Action 83.1",
      descriptionEn: "Description of action 83.1.",
    };
    expect(await run("import", await importWorkbookBytes([testRow(83, 1, english)]))).toMatchObject({
      imported: true,
      counts: { NEW: 1 },
    });
    const stored = async () => {
      const action = await database.prisma.actionItem.findFirstOrThrow({
        where: { reference: "83.1", recommendation: { number: 83 } },
        select: { titleEn: true, descriptionEn: true, recommendation: { select: { titleEn: true, textEn: true } } },
      });
      return {
        recommendationTitleEn: action.recommendation.titleEn,
        textEn: action.recommendation.textEn,
        titleEn: action.titleEn,
        descriptionEn: action.descriptionEn,
      };
    };
    expect(await stored()).toMatchObject({
      recommendationTitleEn: "Recommendation 83",
      textEn: "Text of recommendation 83.",
      titleEn: "Action 83.1",
      descriptionEn: "Description of action 83.1.",
    });

    // Empty English cells keep what is there: nothing changes.
    const empty = await run("check", await importWorkbookBytes([testRow(83, 1)]));
    expect(empty.rows[0]).toMatchObject({ outcome: "UNCHANGED" });
    // A file without the English columns at all is read as before.
    const older = IMPORT_COLUMNS.filter((column) => !OPTIONAL_COLUMNS.includes(column));
    const withoutColumns = await run("check", await importWorkbookBytes([testRow(83, 1)], { columns: older }));
    expect(withoutColumns.rows[0]).toMatchObject({ outcome: "UNCHANGED" });
    // A new English text is a change of that column.
    const changed = await run(
      "import",
      await importWorkbookBytes([testRow(83, 1, { ...english, titleEn: "Action 83.1, revised" })]),
    );
    expect(changed.rows[0]).toMatchObject({ outcome: "CHANGED", changes: ["Titel actie (Engels)"] });
    expect(await stored()).toMatchObject({ titleEn: "Action 83.1, revised" });
  });
});

describe("files", () => {
  it("refuses a formula, a file that is not an .xlsx, a macro workbook, a missing column and the file that was not checked", async () => {
    expect(await refusalOf(run("check", await importWorkbookBytes([testRow(90, 1)], { formulaAt: "P2" })))).toBe(
      "Het bestand bevat een formule (Aanbevelingen en acties!P2). Vervang formules door hun waarde (Plakken speciaal → Waarden) en probeer het opnieuw.",
    );
    expect(await refusalOf(run("check", new TextEncoder().encode("Evaluatie;Nr. aanbeveling\n")))).toMatch(
      /^Dit is geen Excel-bestand/,
    );
    // A macro project and an external link added to a plain workbook (jszip: exceljs's own zip library).
    const withEntry = async (name: string) => {
      const zip = await JSZip.loadAsync(await importWorkbookBytes([testRow(90, 1)]));
      zip.file(name, "x");
      return new Uint8Array(await zip.generateAsync({ type: "arraybuffer" }));
    };
    expect(await refusalOf(run("check", await withEntry("xl/vbaProject.bin")))).toMatch(/^Het bestand bevat macro's/);
    expect(await refusalOf(run("check", await withEntry("xl/externalLinks/externalLink1.xml")))).toMatch(
      /^Het bestand bevat koppelingen naar andere bestanden/,
    );

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Aanbevelingen en acties").addRow(["Evaluatie", "Titel actie"]);
    const missing = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await refusalOf(run("check", missing))).toMatch(
      /^De eerste rij mist deze kolommen: Nr. aanbeveling, Titel aanbeveling/,
    );

    const bytes = await importWorkbookBytes([testRow(90, 1)]);
    expect(
      await refusalOf(
        importSpreadsheet({
          actor: coordinator,
          input: { mode: "import", file: fileOf(bytes), checkedSha256: "0".repeat(64) },
        }),
      ),
    ).toMatch(/niet het bestand dat u heeft gecontroleerd/);
    expect(await refusalOf(importSpreadsheet({ actor: coordinator, input: { mode: "check", file: null } }))).toBe(
      "Kies een Excel-bestand (.xlsx).",
    );
  });
});

describe("5,000 rows", () => {
  it("checks and imports in one transaction, and a second import changes nothing", { timeout: 600_000 }, async () => {
    const rows = Array.from({ length: 5_000 }, (_, index) =>
      testRow(100 + Math.floor(index / 100), (index % 100) + 1, {
        status: index % 3 === 0 ? "In uitvoering" : "Niet gestart",
        percentDone: index % 3 === 0 ? 25 : 0,
      }),
    );
    const bytes = await importWorkbookBytes(rows);
    const before = await state();
    const started = performance.now();
    const check = await importSpreadsheet({ actor: coordinator, input: { mode: "check", file: fileOf(bytes) } });
    const checked = performance.now();
    const result = await importSpreadsheet({
      actor: coordinator,
      input: { mode: "import", file: fileOf(bytes), checkedSha256: check.sha256 },
    });
    const imported = performance.now();
    const again = await importSpreadsheet({ actor: coordinator, input: { mode: "check", file: fileOf(bytes) } });
    const rechecked = performance.now();
    console.info(
      `Import van 5.000 rijen (${(bytes.byteLength / 1024).toFixed(0)} kB): controleren ${((checked - started) / 1000).toFixed(1)} s, importeren ${((imported - checked) / 1000).toFixed(1)} s, opnieuw controleren ${((rechecked - imported) / 1000).toFixed(1)} s`,
    );
    expect(result).toMatchObject({ imported: true, counts: { NEW: 5_000 } });
    expect(result.rows).toHaveLength(200);
    expect(again.counts).toMatchObject({ UNCHANGED: 5_000 });
    expect((await state()).actions - before.actions).toBe(5_000);
  });
});
