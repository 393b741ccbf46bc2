// Risk flags: open actions likely to slip. The SQL selects with the thresholds of
// risk-rules.ts (so the count covers all actions, not just the rows shown) and returns,
// per row, the inputs of the rules; riskFlags() then names the rules each row trips.
import "server-only";
import { db } from "@/lib/db";
import { addDays, type CalendarDate } from "@/lib/clock";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { HALF_DONE_PERCENT, MOVED_DEADLINE_COUNT, NO_UPDATE_DAYS, TIME_LEFT_FRACTION_DENOMINATOR, riskFlags, type RiskRule } from "@/lib/dashboard/risk-rules";
import { DASHBOARD_LIMITS, OPEN_STATUS_SQL, actionFilterSql } from "@/lib/dashboard/dashboard-sql";

export type RiskRow = {
  id: string;
  title: string;
  dueDate: CalendarDate;
  organisationCode: string;
  percentDone: number;
  lastUpdateOn: CalendarDate | null;
  approvedDeadlineChanges: number;
  flags: RiskRule[];
};

export type RiskSection = { rows: RiskRow[]; total: number; byRule: Record<RiskRule, number> };

type Row = {
  id: string;
  title: string;
  dueDate: string;
  startDate: string;
  organisationCode: string;
  percentDone: number;
  lastUpdateOn: string | null;
  approvedDeadlineChanges: number;
  total: number;
  noRecentUpdate: number;
  behindSchedule: number;
  deadlineMoved: number;
};

export async function getRiskSection(filters: DashboardFilters, today: CalendarDate): Promise<RiskSection> {
  const quietSince = addDays(today, -NO_UPDATE_DAYS);
  const rows = await db().$queryRaw<Row[]>`
    WITH moves AS (
      SELECT d."actionItemId", count(*)::int AS "moves" FROM "DeadlineChange" d WHERE d."status" = 'APPROVED' GROUP BY d."actionItemId"
    ), open AS (
      SELECT a."id", a."title", a."dueDate", a."percentDone", o."code" AS "organisationCode",
             coalesce(a."startDate", (a."createdAt" AT TIME ZONE 'Europe/Amsterdam')::date) AS "startDate",
             -- kept by the database on every progress update (migration last_progress_on)
             a."lastProgressOn" AS "lastUpdateOn", coalesce(m."moves", 0) AS "moves"
        FROM "ActionItem" a
        JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
        LEFT JOIN moves m ON m."actionItemId" = a."id"
       WHERE ${OPEN_STATUS_SQL} AND ${actionFilterSql(filters)}
    ), ruled AS (
      SELECT *,
             coalesce("lastUpdateOn", "startDate") <= ${quietSince}::date AS "noRecentUpdate",
             ("percentDone" < ${HALF_DONE_PERCENT} AND "dueDate" >= ${today}::date
               AND ("dueDate" <= "startDate" OR ("dueDate" - ${today}::date) * ${TIME_LEFT_FRACTION_DENOMINATOR} < ("dueDate" - "startDate"))) AS "behindSchedule",
             "moves" >= ${MOVED_DEADLINE_COUNT} AS "deadlineMoved"
        FROM open
    ), flagged AS (
      SELECT * FROM ruled WHERE "noRecentUpdate" OR "behindSchedule" OR "deadlineMoved"
    )
    SELECT "id", "title", to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", to_char("startDate", 'YYYY-MM-DD') AS "startDate",
           "organisationCode", "percentDone", to_char("lastUpdateOn", 'YYYY-MM-DD') AS "lastUpdateOn", "moves" AS "approvedDeadlineChanges",
           count(*) OVER ()::int AS "total",
           count(*) FILTER (WHERE "noRecentUpdate") OVER ()::int AS "noRecentUpdate",
           count(*) FILTER (WHERE "behindSchedule") OVER ()::int AS "behindSchedule",
           count(*) FILTER (WHERE "deadlineMoved") OVER ()::int AS "deadlineMoved"
      FROM flagged
     ORDER BY "dueDate", "id"
     LIMIT ${DASHBOARD_LIMITS.risks}`;

  const first = rows[0];
  return {
    rows: rows.map((row) => ({
      id: row.id,
      title: row.title,
      dueDate: row.dueDate,
      organisationCode: row.organisationCode,
      percentDone: row.percentDone,
      lastUpdateOn: row.lastUpdateOn,
      approvedDeadlineChanges: row.approvedDeadlineChanges,
      flags: riskFlags(row, today),
    })),
    total: first?.total ?? 0,
    byRule: { NO_RECENT_UPDATE: first?.noRecentUpdate ?? 0, BEHIND_SCHEDULE: first?.behindSchedule ?? 0, DEADLINE_MOVED: first?.deadlineMoved ?? 0 },
  };
}
