// The two deadline lists: the next 90 days (actions and commitments together, in date
// order) and everything overdue (oldest first, with the days late). Each limited, with the
// full count from a window function for the "and N more" link; read from the deadline
// ranges (`ahead` and `late`, dashboard-sql.ts), part of get-dashboard's one statement.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { ActionStatus, CommitmentStatus } from "@/lib/generated/prisma/enums.ts";
import { addDays, daysBetween, type CalendarDate } from "@/lib/clock";
import { deadlineState, type DeadlineState } from "@/lib/action-items/deadline-state";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { commitmentDeadlineState } from "@/lib/dashboard/commitment-deadline-state";
import { DASHBOARD_LIMITS, UPCOMING_DAYS, commitmentFilterSql, jsonRows } from "@/lib/dashboard/dashboard-sql";

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

export type DeadlineSectionRow = {
  kind: "ACTION" | "COMMITMENT";
  id: string;
  title: string;
  dueDate: string;
  status: string;
  organisationCode: string | null;
  total: number;
};

function toItem(row: DeadlineSectionRow, today: CalendarDate): DeadlineItem {
  const state =
    row.kind === "ACTION"
      ? deadlineState({ status: row.status as ActionStatus, dueDate: row.dueDate }, today)
      : commitmentDeadlineState({ status: row.status as CommitmentStatus, dueDate: row.dueDate }, today);
  return {
    kind: row.kind,
    id: row.id,
    title: row.title,
    dueDate: row.dueDate,
    organisationCode: row.organisationCode,
    state,
    daysLate: Math.max(0, daysBetween(row.dueDate, today)),
  };
}

/** The next 90 days from today, at most DASHBOARD_LIMITS.upcoming rows with the full count, as a JSON array. */
export function upcomingSql(filters: DashboardFilters, today: CalendarDate): Prisma.Sql {
  const until = addDays(today, UPCOMING_DAYS);
  return listSql(
    Prisma.sql`SELECT 'ACTION' AS "kind", "id", NULL AS "title", "dueDate", "status"::text AS "status"
                 FROM ahead
                WHERE "shown"
               UNION ALL
               SELECT 'COMMITMENT', c."id", c."title", c."dueDate", c."status"::text
                 FROM "Commitment" c
                WHERE c."status" <> 'LAPSED' AND c."dueDate" >= ${today}::date AND c."dueDate" <= ${until}::date AND ${commitmentFilterSql(filters)}`,
    DASHBOARD_LIMITS.upcoming,
  );
}

/** Everything open past its date, oldest first, at most DASHBOARD_LIMITS.overdue rows with the full count, as a JSON array. */
export function overdueSql(filters: DashboardFilters, today: CalendarDate): Prisma.Sql {
  return listSql(
    Prisma.sql`SELECT 'ACTION' AS "kind", "id", NULL AS "title", "dueDate", "status"::text AS "status"
                 FROM late
                WHERE "shown"
               UNION ALL
               SELECT 'COMMITMENT', c."id", c."title", c."dueDate", c."status"::text
                 FROM "Commitment" c
                WHERE c."status" = 'OPEN' AND c."dueDate" < ${today}::date AND ${commitmentFilterSql(filters)}`,
    DASHBOARD_LIMITS.overdue,
  );
}

/** The first `limit` items with the full count; an action's title and organisation joined to those rows only. */
function listSql(items: Prisma.Sql, limit: number): Prisma.Sql {
  return jsonRows(
    Prisma.sql`SELECT first."kind", first."id", coalesce(first."title", a."title") AS "title", first."dueDate", first."status", o."code" AS "organisationCode", first."total"
                 FROM (SELECT items.*, count(*) OVER ()::int AS "total" FROM (${items}) items ORDER BY items."dueDate", items."kind" DESC, items."id" LIMIT ${limit}) first
                 LEFT JOIN "ActionItem" a ON first."kind" = 'ACTION' AND a."id" = first."id"
                 LEFT JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"`,
    Prisma.sql`x."dueDate", x."kind" DESC, x."id"`,
  );
}

export function toDeadlineList(rows: DeadlineSectionRow[], today: CalendarDate): DeadlineList {
  return { items: rows.map((row) => toItem(row, today)), total: rows[0]?.total ?? 0 };
}
