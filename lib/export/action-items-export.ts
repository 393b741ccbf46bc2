// The export of /acties: the whole filtered list (in the list's order, without pages,
// at most ACTION_EXPORT_MAX_ROWS rows) as .xlsx or .csv. One query; the file is then
// written as a stream. Every text cell is neutralised against formulas.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { today as clockToday, type CalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { deadlineState } from "@/lib/action-items/deadline-state";
import { actionListSortKey, actionListWhere, sqlDirection } from "@/lib/action-items/search-action-items";
import { effectiveSort, type ActionListFilters } from "@/lib/validation/action-list-filters";
import { csvLines, csvStart, type CsvCell } from "@/lib/export/to-csv";
import { actionItemsXlsx } from "@/lib/export/action-items-xlsx";

/** A cap that keeps one export within a few tens of megabytes of memory. */
export const ACTION_EXPORT_MAX_ROWS = 50_000;

export type ActionExportFormat = "xlsx" | "csv";

export type ActionExportRow = {
  evaluation: string;
  recommendationNumber: number;
  recommendation: string;
  reference: string | null;
  title: string;
  description: string;
  titleEn: string | null;
  descriptionEn: string | null;
  organisation: string;
  contact: string | null;
  status: ActionStatus;
  percentDone: number;
  startDate: CalendarDate | null;
  dueDate: CalendarDate;
  completedOn: CalendarDate | null;
  isIllustrative: boolean;
};

/** A column of the export: its header, its width in Excel, and the value of a row. */
export type ExportColumn =
  | { header: string; width: number; kind: "text"; value: (row: ActionExportRow) => string | null }
  | { header: string; width: number; kind: "number"; value: (row: ActionExportRow) => number }
  | { header: string; width: number; kind: "date"; value: (row: ActionExportRow) => CalendarDate | null };

function columns(today: CalendarDate): ExportColumn[] {
  const c = nl.actionList.exportColumns;
  return [
    { header: c.evaluation, width: 40, kind: "text", value: (row) => row.evaluation },
    { header: c.recommendationNumber, width: 10, kind: "number", value: (row) => row.recommendationNumber },
    { header: c.recommendation, width: 50, kind: "text", value: (row) => row.recommendation },
    { header: c.reference, width: 10, kind: "text", value: (row) => row.reference },
    { header: c.title, width: 50, kind: "text", value: (row) => row.title },
    { header: c.description, width: 60, kind: "text", value: (row) => row.description },
    { header: c.titleEn, width: 50, kind: "text", value: (row) => row.titleEn },
    { header: c.descriptionEn, width: 60, kind: "text", value: (row) => row.descriptionEn },
    { header: c.organisation, width: 12, kind: "text", value: (row) => row.organisation },
    { header: c.contact, width: 24, kind: "text", value: (row) => row.contact },
    { header: c.status, width: 22, kind: "text", value: (row) => nl.actionStatus[row.status] },
    { header: c.percentDone, width: 10, kind: "number", value: (row) => row.percentDone },
    { header: c.startDate, width: 12, kind: "date", value: (row) => row.startDate },
    { header: c.dueDate, width: 12, kind: "date", value: (row) => row.dueDate },
    {
      header: c.deadlineState,
      width: 16,
      kind: "text",
      value: (row) => {
        const state = deadlineState(row, today);
        return state ? nl.deadlineState[state] : null;
      },
    },
    { header: c.completedOn, width: 12, kind: "date", value: (row) => row.completedOn },
    {
      header: c.illustrative,
      width: 10,
      kind: "text",
      value: (row) => (row.isIllustrative ? nl.actionList.yes : nl.actionList.no),
    },
  ];
}

export type ActionExport = {
  fileName: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
  rowCount: number;
};

export async function exportActionItems({
  actor,
  filters,
  format,
}: {
  actor: Actor;
  filters: ActionListFilters;
  format: ActionExportFormat;
}): Promise<ActionExport> {
  assertCan(actor, "recommendations:read");
  const today = clockToday();
  const rows = await queryRows(actor, filters, today);
  const exportColumns = columns(today);
  if (format === "csv") {
    return {
      fileName: nl.actionList.exportFileName(today, "csv"),
      contentType: "text/csv; charset=utf-8",
      body: csvStream(exportColumns, rows),
      rowCount: rows.length,
    };
  }
  return {
    fileName: nl.actionList.exportFileName(today, "xlsx"),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: actionItemsXlsx(nl.actionList.exportSheet, exportColumns, rows),
    rowCount: rows.length,
  };
}

async function queryRows(actor: Actor, filters: ActionListFilters, today: CalendarDate): Promise<ActionExportRow[]> {
  const { sort, direction } = effectiveSort(filters);
  const sortKey = actionListSortKey(sort, filters.query);
  return db().$queryRaw<ActionExportRow[]>`
    SELECT e."title" AS "evaluation", r."number" AS "recommendationNumber", r."title" AS "recommendation",
           a."reference", a."title", a."description", a."titleEn", a."descriptionEn", o."code" AS "organisation", u."name" AS "contact",
           a."status"::text AS "status", a."percentDone",
           to_char(a."startDate", 'YYYY-MM-DD') AS "startDate", to_char(a."dueDate", 'YYYY-MM-DD') AS "dueDate",
           to_char(a."completedOn", 'YYYY-MM-DD') AS "completedOn", a."isIllustrative"
    FROM "ActionItem" a
    JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
    JOIN "Recommendation" r ON r."id" = a."recommendationId"
    JOIN "Evaluation" e ON e."id" = r."evaluationId"
    LEFT JOIN "User" u ON u."id" = a."contactUserId"
    WHERE ${actionListWhere(filters, { actorId: actor.id, today })}
    ORDER BY ${sortKey} ${sqlDirection(direction)}, a."dueDate" ASC, a."id" ASC
    LIMIT ${ACTION_EXPORT_MAX_ROWS}`;
}

const CSV_CHUNK_ROWS = 1_000;

function csvStream(exportColumns: ExportColumn[], rows: ActionExportRow[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvStart(exportColumns.map((column) => column.header))));
    },
    pull(controller) {
      const chunk = rows.slice(next, next + CSV_CHUNK_ROWS);
      next += chunk.length;
      // Text is neutralised in csvLines; numbers stay numbers, dates are written as 2023-04-03.
      const lines = chunk.map((row) => exportColumns.map((column): CsvCell => column.value(row)));
      if (lines.length > 0) controller.enqueue(encoder.encode(csvLines(lines)));
      if (next >= rows.length) controller.close();
    },
  });
}
