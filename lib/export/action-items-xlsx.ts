// The .xlsx of the action export, written as a stream (exceljs's streaming writer): header
// row bold and frozen with a filter, column widths, dates as real dates, numbers as
// numbers, every text cell neutralised so that no spreadsheet runs it as a formula.
import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { nodeReadableToWeb } from "@/lib/streams/node-readable-to-web";
import { fromCalendarDate } from "@/lib/clock";
import { neutraliseFormula } from "@/lib/export/neutralise-formula";
import type { ActionExportRow, ExportColumn } from "@/lib/export/action-items-export";

const DATE_FORMAT = "d-m-yyyy";

export function actionItemsXlsx(
  sheetName: string,
  columns: ExportColumn[],
  rows: readonly ActionExportRow[],
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  void write(output, sheetName, columns, rows).catch((error: unknown) => {
    console.error("Export naar Excel mislukt", error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return nodeReadableToWeb(output);
}

async function write(
  output: PassThrough,
  sheetName: string,
  columns: ExportColumn[],
  rows: readonly ActionExportRow[],
) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    key: String(index),
    width: column.width,
    style: column.kind === "date" ? { numFmt: DATE_FORMAT } : {},
  }));
  const header = sheet.addRow(columns.map((column) => neutraliseFormula(column.header)));
  header.font = { bold: true };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  for (const row of rows) {
    sheet
      .addRow(
        columns.map((column) => {
          if (column.kind === "text") {
            const text = column.value(row);
            return text === null ? null : neutraliseFormula(text);
          }
          if (column.kind === "date") {
            const date = column.value(row);
            return date === null ? null : fromCalendarDate(date);
          }
          return column.value(row);
        }),
      )
      .commit();
  }
  await sheet.commit();
  await workbook.commit();
}
