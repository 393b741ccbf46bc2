// The actions on the dashboard: the tiles (open, te laat, due within 30 days, afgerond) and
// the table of organisation × status. The counts from the database's tally, the overdue and
// due-soon ones from the deadline ranges (`tally`, `late`, `ahead`, dashboard-sql.ts), part of
// get-dashboard's one statement.
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

/** The rows as a JSON array; overdue and dueSoon for the open statuses (the only ones the tiles add up). */
export function actionSectionSql(today: CalendarDate): Prisma.Sql {
  const soon = addDays(today, DEADLINE_SOON_DAYS);
  return jsonRows(
    Prisma.sql`SELECT o."code", c."status", c."count", coalesce(l."overdue", 0) AS "overdue", coalesce(d."dueSoon", 0) AS "dueSoon"
                 FROM (SELECT "ownerOrganisationId", "status"::text AS "status", sum("count")::int AS "count"
                         FROM tally WHERE "shown" GROUP BY "ownerOrganisationId", "status") c
                 LEFT JOIN (SELECT "ownerOrganisationId", "status", count(*)::int AS "overdue"
                              FROM late WHERE "shown" GROUP BY "ownerOrganisationId", "status") l
                   ON l."ownerOrganisationId" = c."ownerOrganisationId" AND l."status"::text = c."status"
                 LEFT JOIN (SELECT "ownerOrganisationId", "status", count(*)::int AS "dueSoon"
                              FROM ahead WHERE "shown" AND "status" <> 'DONE' AND "dueDate" <= ${soon}::date
                             GROUP BY "ownerOrganisationId", "status") d
                   ON d."ownerOrganisationId" = c."ownerOrganisationId" AND d."status"::text = c."status"
                 JOIN "Organisation" o ON o."id" = c."ownerOrganisationId"`,
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
