// Risk flags: open actions likely to slip. The SQL selects with the thresholds of
// risk-rules.ts (so the count covers all actions, not just the rows shown) and returns,
// per row, the inputs of the rules; riskFlags() then names the rules each row trips. Reads
// the open actions from ActionItem_dashboard_idx alone (it holds every column the rules
// use), part of get-dashboard's one statement.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { addDays, type CalendarDate } from "@/lib/clock";
import {
  HALF_DONE_PERCENT,
  MOVED_DEADLINE_COUNT,
  NO_UPDATE_DAYS,
  TIME_LEFT_FRACTION_DENOMINATOR,
  riskFlags,
  type RiskRule,
} from "@/lib/dashboard/risk-rules";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { DASHBOARD_LIMITS, OPEN_STATUS_SQL, actionFilterSql, jsonRows } from "@/lib/dashboard/dashboard-sql";

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

export type RiskSectionRow = {
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

/** The flagged open actions, at most DASHBOARD_LIMITS.risks rows with the counts per rule, as a JSON array. */
export function riskSectionSql(filters: DashboardFilters, today: CalendarDate): Prisma.Sql {
  const quietSince = addDays(today, -NO_UPDATE_DAYS);
  return jsonRows(
    Prisma.sql`
      WITH moves AS (
        SELECT d."actionItemId", count(*)::int AS "moves" FROM "DeadlineChange" d WHERE d."status" = 'APPROVED' GROUP BY d."actionItemId"
      ), open AS (
        SELECT a."id", a."dueDate", a."ownerOrganisationId", a."percentDone", a."lastProgressOn",
               coalesce(a."startDate", (a."createdAt" AT TIME ZONE 'Europe/Amsterdam')::date) AS "startDate"
          FROM "ActionItem" a
         WHERE ${OPEN_STATUS_SQL} AND ${actionFilterSql(filters)}
      ), ruled AS (
        SELECT o."id", o."dueDate", o."startDate", o."ownerOrganisationId", o."percentDone", o."lastProgressOn" AS "lastUpdateOn",
               coalesce(m."moves", 0) AS "moves",
               coalesce(o."lastProgressOn", o."startDate") <= ${quietSince}::date AS "noRecentUpdate",
               (o."percentDone" < ${HALF_DONE_PERCENT} AND o."dueDate" >= ${today}::date
                 AND (o."dueDate" <= o."startDate" OR (o."dueDate" - ${today}::date) * ${TIME_LEFT_FRACTION_DENOMINATOR} < (o."dueDate" - o."startDate"))) AS "behindSchedule",
               coalesce(m."moves", 0) >= ${MOVED_DEADLINE_COUNT} AS "deadlineMoved"
          FROM open o
          LEFT JOIN moves m ON m."actionItemId" = o."id"
      ), flagged AS (
        SELECT * FROM ruled WHERE "noRecentUpdate" OR "behindSchedule" OR "deadlineMoved"
      )
      SELECT first.*, a."title", org."code" AS "organisationCode"
        FROM (SELECT "id", "dueDate", "startDate", "ownerOrganisationId", "percentDone", "lastUpdateOn", "moves" AS "approvedDeadlineChanges",
                     count(*) OVER ()::int AS "total",
                     count(*) FILTER (WHERE "noRecentUpdate") OVER ()::int AS "noRecentUpdate",
                     count(*) FILTER (WHERE "behindSchedule") OVER ()::int AS "behindSchedule",
                     count(*) FILTER (WHERE "deadlineMoved") OVER ()::int AS "deadlineMoved"
                FROM flagged
               ORDER BY "dueDate", "id"
               LIMIT ${DASHBOARD_LIMITS.risks}) first
        JOIN "ActionItem" a ON a."id" = first."id"
        JOIN "Organisation" org ON org."id" = first."ownerOrganisationId"`,
    Prisma.sql`x."dueDate", x."id"`,
  );
}

export function toRiskSection(rows: RiskSectionRow[], today: CalendarDate): RiskSection {
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
    byRule: {
      NO_RECENT_UPDATE: first?.noRecentUpdate ?? 0,
      BEHIND_SCHEDULE: first?.behindSchedule ?? 0,
      DEADLINE_MOVED: first?.deadlineMoved ?? 0,
    },
  };
}
