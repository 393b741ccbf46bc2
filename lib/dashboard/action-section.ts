// The actions on the dashboard: the tiles (open, te laat, due within 30 days, afgerond) and
// the table of organisation × status. One GROUP BY over the page's pass over the actions
// (`acts`, dashboard-sql.ts), part of get-dashboard's one statement.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { addDays, type CalendarDate } from "@/lib/clock";
import { DEADLINE_SOON_DAYS } from "@/lib/action-items/deadline-state";
import { isOpenStatus } from "@/lib/action-items/status-transitions";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { jsonRows } from "@/lib/dashboard/dashboard-sql";

export type ActionTiles = { open: number; overdue: number; dueSoon: number; done: number };
export type OrganisationStatusRow = { code: string; name: string; counts: Record<ActionStatus, number>; total: number };
export type ActionSection = { tiles: ActionTiles; byOrganisation: OrganisationStatusRow[] };

export type ActionSectionRow = { code: string; status: ActionStatus; count: number; overdue: number; dueSoon: number };

/** The rows as a JSON array, read from `acts`. */
export function actionSectionSql(today: CalendarDate): Prisma.Sql {
  const soon = addDays(today, DEADLINE_SOON_DAYS);
  return jsonRows(
    Prisma.sql`SELECT o."code", s."status", s."count", s."overdue", s."dueSoon"
                 FROM (SELECT "ownerOrganisationId", "status"::text AS "status", count(*)::int AS "count",
                              count(*) FILTER (WHERE "dueDate" < ${today}::date)::int AS "overdue",
                              count(*) FILTER (WHERE "dueDate" >= ${today}::date AND "dueDate" <= ${soon}::date)::int AS "dueSoon"
                         FROM acts WHERE "shown" GROUP BY "ownerOrganisationId", "status") s
                 JOIN "Organisation" o ON o."id" = s."ownerOrganisationId"`,
    Prisma.sql`x."code", x."status"`,
  );
}

export function toActionSection(
  rows: ActionSectionRow[],
  filters: DashboardFilters,
  organisations: { code: string; name: string }[],
): ActionSection {
  const tiles: ActionTiles = { open: 0, overdue: 0, dueSoon: 0, done: 0 };
  const shown = filters.organisationCode
    ? organisations.filter((organisation) => organisation.code === filters.organisationCode)
    : organisations;
  const byCode = new Map(
    shown.map((organisation) => [
      organisation.code,
      { ...organisation, counts: { NOT_STARTED: 0, IN_PROGRESS: 0, DELAYED: 0, DONE: 0, CANCELLED: 0 }, total: 0 },
    ]),
  );
  for (const row of rows) {
    if (isOpenStatus(row.status)) {
      tiles.open += row.count;
      tiles.overdue += row.overdue;
      tiles.dueSoon += row.dueSoon;
    } else if (row.status === "DONE") {
      tiles.done += row.count;
    }
    const organisation = byCode.get(row.code);
    if (organisation) {
      organisation.counts[row.status] += row.count;
      organisation.total += row.count;
    }
  }
  return { tiles, byOrganisation: [...byCode.values()] };
}
