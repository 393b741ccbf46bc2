// The import template (/beheer/import/sjabloon.xlsx): the sheet "Aanbevelingen en acties"
// with the columns of lib/import/import-columns.ts, empty or filled with the current data
// (one row per action, a row of its own for a recommendation without actions) so that
// export → edit → import round-trips, and the sheet "Toelichting" explaining each column.
// Text cells are neutralised against formulas; the import takes the apostrophe off again.
import "server-only";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { nl } from "@/lib/i18n/nl";
import { fromCalendarDate, toCalendarDate, today } from "@/lib/clock";
import { neutraliseFormula } from "@/lib/export/neutralise-formula";
import {
  EXPLANATION_SHEET_NAME,
  IMPORT_COLUMNS,
  IMPORT_SHEET_NAME,
  columnHeader,
  type ImportColumn,
} from "@/lib/import/import-columns";

const DATE_FORMAT = "d-m-yyyy";
const WIDTHS: Record<ImportColumn, number> = {
  evaluation: 40,
  recommendationNumber: 8,
  recommendationTitle: 40,
  recommendationText: 60,
  theme: 20,
  cabinetResponse: 18,
  leadOrganisation: 10,
  reference: 10,
  title: 40,
  description: 60,
  organisation: 10,
  contact: 32,
  startDate: 12,
  dueDate: 12,
  status: 22,
  percentDone: 10,
  recommendationTitleEn: 40,
  recommendationTextEn: 60,
  titleEn: 40,
  descriptionEn: 60,
};

type TemplateCell = string | number | Date | null;

export type ImportTemplate = { fileName: string; contentType: string; body: Uint8Array<ArrayBuffer>; rowCount: number };

export async function buildImportTemplate({
  actor,
  filled,
}: {
  actor: Actor;
  filled: boolean;
}): Promise<ImportTemplate> {
  assertCan(actor, "data:import");
  const rows = filled ? await currentRows() : [];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(IMPORT_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((column) => ({
    width: WIDTHS[column],
    // A typed 3.2 stays text, not the number 3,2 or a date; dates are dates.
    style:
      column === "reference"
        ? { numFmt: "@" }
        : column === "startDate" || column === "dueDate"
          ? { numFmt: DATE_FORMAT }
          : {},
  }));
  const header = sheet.addRow(IMPORT_COLUMNS.map(columnHeader));
  header.font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: IMPORT_COLUMNS.length } };
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell)));

  const explanation = workbook.addWorksheet(EXPLANATION_SHEET_NAME);
  const e = nl.dataImport.template;
  explanation.columns = [{ width: 26 }, { width: 10 }, { width: 80 }, { width: 50 }];
  explanation.addRow([e.explanationIntro]);
  explanation.addRow([nl.dataImport.limits(10, "5.000")]);
  explanation.addRow([]);
  const explanationHeader = explanation.addRow([
    e.explanationColumns.column,
    e.explanationColumns.required,
    e.explanationColumns.explanation,
    e.explanationColumns.allowed,
  ]);
  explanationHeader.font = { bold: true };
  for (const column of IMPORT_COLUMNS) {
    const info = nl.dataImport.columns[column];
    explanation.addRow([info.header, info.required ? e.yes : e.no, info.explanation, info.allowed]);
  }
  explanation.addRow([]);
  for (const rule of nl.dataImport.rules) explanation.addRow([rule]);
  explanation.getColumn(3).alignment = { wrapText: true, vertical: "top" };

  return {
    fileName: e.fileName(today(), filled),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
    rowCount: rows.length,
  };
}

/** Every recommendation with its actions, in the order of evaluation, number and reference: one statement. */
async function currentRows(): Promise<TemplateCell[][]> {
  const rows = await db().$queryRaw<
    {
      evaluation: string;
      number: number;
      recommendationTitle: string;
      recommendationText: string;
      theme: string;
      cabinetResponse: keyof typeof nl.cabinetResponse;
      leadOrganisation: string;
      reference: string | null;
      title: string | null;
      description: string | null;
      organisation: string | null;
      contact: string | null;
      startDate: Date | null;
      dueDate: Date | null;
      status: keyof typeof nl.actionStatus | null;
      percentDone: number | null;
      recommendationTitleEn: string | null;
      recommendationTextEn: string | null;
      titleEn: string | null;
      descriptionEn: string | null;
    }[]
  >`
    SELECT e."title" AS "evaluation", r."number", r."title" AS "recommendationTitle", r."text" AS "recommendationText", r."theme",
           r."cabinetResponse"::text AS "cabinetResponse", lo."code" AS "leadOrganisation",
           a."reference", a."title", a."description", o."code" AS "organisation", u."email" AS "contact",
           a."startDate", a."dueDate", a."status"::text AS "status", a."percentDone",
           r."titleEn" AS "recommendationTitleEn", r."textEn" AS "recommendationTextEn", a."titleEn", a."descriptionEn"
    FROM "Recommendation" r
    JOIN "Evaluation" e ON e."id" = r."evaluationId"
    JOIN "Organisation" lo ON lo."id" = r."leadOrganisationId"
    LEFT JOIN "ActionItem" a ON a."recommendationId" = r."id"
    LEFT JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
    LEFT JOIN "User" u ON u."id" = a."contactUserId"
    ORDER BY e."reportDate" ASC NULLS LAST, e."createdAt" ASC, r."number" ASC,
             split_part(a."reference", '.', 2)::int ASC NULLS LAST, a."createdAt" ASC`;
  return rows.map((row) => [
    row.evaluation,
    row.number,
    row.recommendationTitle,
    row.recommendationText,
    row.theme,
    nl.cabinetResponse[row.cabinetResponse],
    row.leadOrganisation,
    row.reference,
    row.title,
    row.description,
    row.organisation,
    row.contact,
    row.startDate ? fromCalendarDate(toCalendarDate(row.startDate)) : null,
    row.dueDate ? fromCalendarDate(toCalendarDate(row.dueDate)) : null,
    row.status ? nl.actionStatus[row.status] : null,
    row.percentDone,
    row.recommendationTitleEn,
    row.recommendationTextEn,
    row.titleEn,
    row.descriptionEn,
  ]);
}
