// The two deadline lists: the next 90 days (actions and commitments together, in date
// order) and everything overdue (oldest first, with the days late). One statement each,
// limited, with the full count from a window function for the "and N more" link.
import "server-only";
import type { ActionStatus, CommitmentStatus } from "@/lib/generated/prisma/enums.ts";
import { db } from "@/lib/db";
import { addDays, daysBetween, type CalendarDate } from "@/lib/clock";
import { deadlineState, type DeadlineState } from "@/lib/action-items/deadline-state";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { commitmentDeadlineState } from "@/lib/dashboard/commitment-deadline-state";
import { DASHBOARD_LIMITS, OPEN_STATUS_SQL, UPCOMING_DAYS, actionFilterSql, commitmentFilterSql } from "@/lib/dashboard/dashboard-sql";

export type DeadlineItem = {
  kind: "ACTION" | "COMMITMENT";
  id: string;
  title: string;
  dueDate: CalendarDate;
  /** The owning organisation of an action; null for a commitment. */
  organisationCode: string | null;
  state: DeadlineState | null;
  /** Days past the deadline (overdue list only; 0 elsewhere). */
  daysLate: number;
};

export type DeadlineList = { items: DeadlineItem[]; total: number };

type Row = { kind: "ACTION" | "COMMITMENT"; id: string; title: string; dueDate: string; status: string; organisationCode: string | null; total: number };

function toItem(row: Row, today: CalendarDate): DeadlineItem {
  const state =
    row.kind === "ACTION"
      ? deadlineState({ status: row.status as ActionStatus, dueDate: row.dueDate }, today)
      : commitmentDeadlineState({ status: row.status as CommitmentStatus, dueDate: row.dueDate }, today);
  return { kind: row.kind, id: row.id, title: row.title, dueDate: row.dueDate, organisationCode: row.organisationCode, state, daysLate: Math.max(0, daysBetween(row.dueDate, today)) };
}

export async function getUpcomingDeadlines(filters: DashboardFilters, today: CalendarDate): Promise<DeadlineList> {
  const until = addDays(today, UPCOMING_DAYS);
  const rows = await db().$queryRaw<Row[]>`
    WITH items AS (
      SELECT 'ACTION' AS "kind", a."id", a."title", a."dueDate", a."status"::text AS "status", o."code" AS "organisationCode"
        FROM "ActionItem" a JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
       WHERE a."status" <> 'CANCELLED' AND a."dueDate" >= ${today}::date AND a."dueDate" <= ${until}::date AND ${actionFilterSql(filters)}
      UNION ALL
      SELECT 'COMMITMENT', c."id", c."title", c."dueDate", c."status"::text, NULL
        FROM "Commitment" c
       WHERE c."status" <> 'LAPSED' AND c."dueDate" >= ${today}::date AND c."dueDate" <= ${until}::date AND ${commitmentFilterSql(filters)}
    )
    SELECT "kind", "id", "title", to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", "status", "organisationCode", count(*) OVER ()::int AS "total"
      FROM items
     ORDER BY items."dueDate", "kind" DESC, "id"
     LIMIT ${DASHBOARD_LIMITS.upcoming}`;
  return { items: rows.map((row) => toItem(row, today)), total: rows[0]?.total ?? 0 };
}

export async function getOverdue(filters: DashboardFilters, today: CalendarDate): Promise<DeadlineList> {
  const rows = await db().$queryRaw<Row[]>`
    WITH items AS (
      SELECT 'ACTION' AS "kind", a."id", a."title", a."dueDate", a."status"::text AS "status", o."code" AS "organisationCode"
        FROM "ActionItem" a JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
       WHERE ${OPEN_STATUS_SQL} AND a."dueDate" < ${today}::date AND ${actionFilterSql(filters)}
      UNION ALL
      SELECT 'COMMITMENT', c."id", c."title", c."dueDate", c."status"::text, NULL
        FROM "Commitment" c
       WHERE c."status" = 'OPEN' AND c."dueDate" < ${today}::date AND ${commitmentFilterSql(filters)}
    )
    SELECT "kind", "id", "title", to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", "status", "organisationCode", count(*) OVER ()::int AS "total"
      FROM items
     ORDER BY items."dueDate", "kind" DESC, "id"
     LIMIT ${DASHBOARD_LIMITS.overdue}`;
  return { items: rows.map((row) => toItem(row, today)), total: rows[0]?.total ?? 0 };
}
