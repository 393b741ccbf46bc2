// The import reader on its own (no database): the rows it gives for a file as Excel saves it,
// each kind of cell value as text, a sheet named by an absolute path, and the row limit,
// which stops the streaming read at the first row over it.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readImportWorkbook } from "@/lib/import/read-import-workbook";
import { IMPORT_COLUMNS, IMPORT_SHEET_NAME, MAX_IMPORT_ROWS } from "@/lib/import/import-columns";
import { importWorkbookBytes, testRow } from "@/test/fixtures/import-files";
import { nl } from "@/lib/i18n/nl";
import { isAppError } from "@/lib/errors";

async function refusalOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (failure: unknown) => failure,
  );
  if (!isAppError(error)) throw new Error(`Geen weigering: ${String(error)}`);
  return error.message;
}

describe("readImportWorkbook", () => {
  it("gives each row by number, every kind of cell as text, skipping empty rows", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Toelichting").addRow(["Uitleg"]);
    const sheet = workbook.addWorksheet(IMPORT_SHEET_NAME);
    // The columns in another order than the template's, and one header in other case.
    const headers: string[] = IMPORT_COLUMNS.map((column) => nl.dataImport.columns[column].header).reverse();
    headers[0] = headers[0]!.toUpperCase();
    sheet.addRow(headers);
    const cellOf = (row: number, column: (typeof IMPORT_COLUMNS)[number]) =>
      sheet.getRow(row).getCell(IMPORT_COLUMNS.length - IMPORT_COLUMNS.indexOf(column));
    cellOf(2, "evaluation").value = { richText: [{ text: "Evaluatie " }, { text: "2021", font: { bold: true } }] };
    cellOf(2, "recommendationNumber").value = 7;
    cellOf(2, "title").value = { text: "Actie met link", hyperlink: "https://example.org/" };
    cellOf(2, "startDate").value = new Date(Date.UTC(2023, 0, 2));
    cellOf(2, "description").value = "'=SOM(A1)";
    cellOf(4, "reference").value = "7.1";
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

    const { rows, sha256 } = await readImportWorkbook(bytes);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.map((row) => row.rowNumber)).toEqual([2, 4]);
    expect(rows[0]!.values).toMatchObject({
      evaluation: "Evaluatie 2021",
      recommendationNumber: "7",
      title: "Actie met link",
      startDate: "2023-01-02",
      description: "=SOM(A1)",
      reference: "",
    });
    expect(rows[1]!.values.reference).toBe("7.1");
  });

  it("finds the sheet when the workbook names it by an absolute path", async () => {
    const zip = await JSZip.loadAsync(await importWorkbookBytes([testRow(90, 1)]));
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replaceAll('Target="worksheets/', 'Target="/xl/worksheets/'));
    const bytes = new Uint8Array(await zip.generateAsync({ type: "arraybuffer" }));
    const { rows } = await readImportWorkbook(bytes);
    expect(rows.map((row) => row.values.reference)).toEqual(["90.1"]);
  });

  it("refuses the first row over the limit (exactly the limit is read by the import's 5,000-row test)", async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => testRow(100, index + 1));
    expect(await refusalOf(readImportWorkbook(await importWorkbookBytes(rows)))).toBe(
      nl.dataImport.file.tooManyRows(MAX_IMPORT_ROWS),
    );
  });
});
