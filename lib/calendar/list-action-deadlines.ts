// The one-off download of /acties/agenda: the open actions under the list's filters (the
// same WHERE as /acties), in deadline order, at most DOWNLOAD_MAX_ACTIONS. One query.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { today as clockToday } from "@/lib/clock";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import { isOpenStatus } from "@/lib/action-items/status-transitions";
import { actionListWhere } from "@/lib/action-items/search-action-items";
import type { ActionListFilters } from "@/lib/validation/action-list-filters";
import type { ActionDeadline } from "@/lib/calendar/deadline-events";

export const DOWNLOAD_MAX_ACTIONS = 1_000;

const OPEN_STATUSES = ACTION_STATUSES.filter(isOpenStatus);

export async function listActionDeadlines({
  actor,
  filters,
}: {
  actor: Actor;
  filters: ActionListFilters;
}): Promise<ActionDeadline[]> {
  assertCan(actor, "recommendations:read");
  const where = actionListWhere(filters, { actorId: actor.id, today: clockToday() });
  const open = Prisma.join(OPEN_STATUSES.map((status) => Prisma.sql`${status}::"ActionStatus"`));
  return db().$queryRaw<ActionDeadline[]>`
    SELECT a."id", a."title", to_char(a."dueDate", 'YYYY-MM-DD') AS "dueDate", a."status"::text AS "status",
           o."code" AS "organisationCode", r."number" AS "recommendationNumber", r."title" AS "recommendationTitle"
    FROM "ActionItem" a
    JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
    JOIN "Recommendation" r ON r."id" = a."recommendationId"
    WHERE ${where} AND a."status" IN (${open})
    ORDER BY a."dueDate" ASC, a."id" ASC
    LIMIT ${DOWNLOAD_MAX_ACTIONS}`;
}
