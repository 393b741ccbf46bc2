// The actions on the dashboard: the tiles (open, te laat, due within 30 days, afgerond) and
// the table of organisation × status. One GROUP BY statement.
import "server-only";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { db } from "@/lib/db";
import { addDays, type CalendarDate } from "@/lib/clock";
import { DEADLINE_SOON_DAYS } from "@/lib/action-items/deadline-state";
import { isOpenStatus } from "@/lib/action-items/status-transitions";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { actionFilterSql } from "@/lib/dashboard/dashboard-sql";

export type ActionTiles = { open: number; overdue: number; dueSoon: number; done: number };
export type OrganisationStatusRow = { code: string; name: string; counts: Record<ActionStatus, number>; total: number };
export type ActionSection = { tiles: ActionTiles; byOrganisation: OrganisationStatusRow[] };

type Row = { code: string; status: ActionStatus; count: number; overdue: number; dueSoon: number };

export async function getActionSection(filters: DashboardFilters, today: CalendarDate, organisations: { code: string; name: string }[]): Promise<ActionSection> {
  const soon = addDays(today, DEADLINE_SOON_DAYS);
  const rows = await db().$queryRaw<Row[]>`
    SELECT o."code", a."status"::text AS "status", count(*)::int AS "count",
           count(*) FILTER (WHERE a."dueDate" < ${today}::date)::int AS "overdue",
           count(*) FILTER (WHERE a."dueDate" >= ${today}::date AND a."dueDate" <= ${soon}::date)::int AS "dueSoon"
      FROM "ActionItem" a JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
     WHERE ${actionFilterSql(filters)}
     GROUP BY o."code", a."status"`;

  const tiles: ActionTiles = { open: 0, overdue: 0, dueSoon: 0, done: 0 };
  const shown = filters.organisationCode ? organisations.filter((organisation) => organisation.code === filters.organisationCode) : organisations;
  const byCode = new Map(shown.map((organisation) => [organisation.code, { ...organisation, counts: { NOT_STARTED: 0, IN_PROGRESS: 0, DELAYED: 0, DONE: 0, CANCELLED: 0 }, total: 0 }]));
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
