// The dashboard as an Excel workbook (GET /dashboard.xlsx): one sheet per table the page
// shows, under the same filters and from the same query (getDashboard), so the file says
// what the screen says. Every text cell is neutralised against formulas; dates are dates.
import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { nl } from "@/lib/i18n/nl";
import { fromCalendarDate, type CalendarDate } from "@/lib/clock";
import { getDashboard, type Dashboard } from "@/lib/dashboard/get-dashboard";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import type { DeadlineItem } from "@/lib/dashboard/deadline-section";
import { HALF_DONE_PERCENT, NO_UPDATE_DAYS, type RiskRule } from "@/lib/dashboard/risk-rules";
import { neutraliseFormula } from "@/lib/export/neutralise-formula";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import { IMPLEMENTATION_STATUSES } from "@/lib/recommendations/recommendation-choices";

const t = nl.dashboard;
const DATE_FORMAT = "d-m-yyyy";

type Cell = string | number | CalendarDateCell | null;
/** A calendar date, written as a real Excel date. */
type CalendarDateCell = { date: CalendarDate };
type Column = { header: string; width: number; date?: boolean };

export type DashboardWorkbook = { fileName: string; contentType: string; body: Uint8Array<ArrayBuffer> };

export async function exportDashboard({
  actor,
  filters,
}: {
  actor: Actor;
  filters: DashboardFilters;
}): Promise<DashboardWorkbook> {
  const dashboard = await getDashboard({ actor, filters });
  const workbook = new ExcelJS.Workbook();
  const sheets = t.exportSheets;
  addSheet(
    workbook,
    sheets.overview,
    [
      { header: t.exportOverviewColumns.item, width: 50 },
      { header: t.exportOverviewColumns.value, width: 60 },
    ],
    overviewRows(dashboard),
  );
  const p = t.exportProgressColumns;
  addSheet(
    workbook,
    sheets.progress,
    [
      { header: p.number, width: 6 },
      { header: p.recommendation, width: 60 },
      { header: p.lead, width: 10 },
      { header: p.status, width: 22 },
      { header: p.done, width: 10 },
      { header: p.counting, width: 10 },
      { header: p.percent, width: 14 },
      { header: p.overdue, width: 10 },
    ],
    dashboard.recommendations.progress.map((row) => [
      row.number,
      row.title,
      row.leadOrganisationCode,
      nl.implementationStatus[row.status],
      row.done,
      row.counting,
      row.percent,
      row.overdue,
    ]),
  );
  addSheet(
    workbook,
    sheets.byOrganisation,
    [
      { header: t.organisationColumn, width: 12 },
      { header: nl.fields.name!, width: 36 },
      ...ACTION_STATUSES.map((status) => ({ header: nl.actionStatus[status], width: 14 })),
      { header: t.totalColumn, width: 10 },
    ],
    dashboard.actions.byOrganisation.map((row) => [
      row.code,
      row.name,
      ...ACTION_STATUSES.map((status) => row.counts[status]),
      row.total,
    ]),
  );
  const c = t.listColumns;
  const deadlineColumns: Column[] = [
    { header: c.date, width: 12, date: true },
    { header: nl.fields.kind!, width: 12 },
    { header: c.item, width: 60 },
    { header: c.organisation, width: 12 },
  ];
  addSheet(
    workbook,
    sheets.upcoming,
    [...deadlineColumns, { header: c.state, width: 18 }],
    dashboard.upcoming.items.map((item) => [...deadlineCells(item), item.state ? nl.deadlineState[item.state] : null]),
  );
  addSheet(
    workbook,
    sheets.overdue,
    [...deadlineColumns, { header: c.daysLate, width: 14 }],
    dashboard.overdue.items.map((item) => [...deadlineCells(item), item.daysLate]),
  );
  const r = t.readinessColumns;
  addSheet(
    workbook,
    sheets.readiness,
    [
      { header: r.action, width: 60 },
      { header: r.organisation, width: 12 },
      { header: r.due, width: 12, date: true },
      { header: r.lastUpdate, width: 14, date: true },
    ],
    (dashboard.nextCommitment?.notReadyShown ?? []).map((action) => [
      action.title,
      action.organisationCode,
      { date: action.dueDate },
      action.lastUpdateOn ? { date: action.lastUpdateOn } : t.neverUpdated,
    ]),
  );
  const k = t.riskColumns;
  addSheet(
    workbook,
    sheets.risks,
    [
      { header: k.action, width: 60 },
      { header: k.organisation, width: 12 },
      { header: k.due, width: 12, date: true },
      { header: k.percent, width: 10 },
      { header: r.lastUpdate, width: 14, date: true },
      { header: k.rules, width: 60 },
    ],
    dashboard.risks.rows.map((row) => [
      row.title,
      row.organisationCode,
      { date: row.dueDate },
      row.percentDone,
      row.lastUpdateOn ? { date: row.lastUpdateOn } : t.neverUpdated,
      row.flags.map(ruleText).join("; "),
    ]),
  );
  return {
    fileName: t.exportFileName(dashboard.today),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
  };
}

function overviewRows(dashboard: Dashboard): Cell[][] {
  const o = t.exportOverview;
  const organisation = dashboard.options.organisations.find(
    (candidate) => candidate.code === dashboard.filters.organisationCode,
  );
  const evaluation = dashboard.options.evaluations.find((candidate) => candidate.id === dashboard.filters.evaluationId);
  const tiles = dashboard.actions.tiles;
  const next = dashboard.nextCommitment;
  return [
    [o.today, { date: dashboard.today }],
    [o.organisation, organisation ? `${organisation.code} (${organisation.name})` : o.all],
    [o.evaluation, evaluation?.title ?? o.all],
    [o.recommendations, dashboard.recommendations.total],
    ...IMPLEMENTATION_STATUSES.map((status): Cell[] => [
      o.recommendationsWith(nl.implementationStatus[status]),
      dashboard.recommendations.byStatus[status],
    ]),
    [o.actions(t.tileOpen), tiles.open],
    [o.actions(t.tileOverdue), tiles.overdue],
    [o.actions(t.tileDueSoon), tiles.dueSoon],
    [o.actions(t.tileDone), tiles.done],
    [o.upcomingTotal, dashboard.upcoming.total],
    [o.overdueTotal, dashboard.overdue.total],
    [o.risksTotal, dashboard.risks.total],
    [o.nextCommitment, next ? next.title : t.nextNone],
    ...(next
      ? ([
          [o.nextDate, { date: next.dueDate }],
          [o.readiness, t.readinessFigure(next.readiness.ready, next.readiness.total, next.readiness.percent)],
        ] satisfies Cell[][])
      : []),
    [null, null],
    [o.shownNote, null],
  ];
}

function deadlineCells(item: DeadlineItem): Cell[] {
  return [
    { date: item.dueDate },
    item.kind === "ACTION" ? t.kindAction : t.kindCommitment,
    item.title,
    item.organisationCode,
  ];
}

function ruleText(rule: RiskRule): string {
  if (rule === "NO_RECENT_UPDATE") return t.riskRule.NO_RECENT_UPDATE(NO_UPDATE_DAYS);
  if (rule === "BEHIND_SCHEDULE") return t.riskRule.BEHIND_SCHEDULE(HALF_DONE_PERCENT);
  return t.riskRule.DEADLINE_MOVED;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ width: column.width, style: column.date ? { numFmt: DATE_FORMAT } : {} }));
  const header = sheet.addRow(columns.map((column) => neutraliseFormula(column.header)));
  header.font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      row.map((cell) => {
        if (cell === null || typeof cell === "number") return cell;
        if (typeof cell === "string") return neutraliseFormula(cell);
        return fromCalendarDate(cell.date);
      }),
    );
  }
  // A date in a text column (the overview's peildatum) still reads as a date.
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    }),
  );
}
