// The coordinator's queue: requests waiting for a decision, oldest first, 50 a page, with
// the action, its organisation, old → new date, the reason and who asked when. Everyone who
// reads actions may see it; only a coordinator gets the forms (the domain checks again).
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { toCalendarDate, type CalendarDate } from "@/lib/clock";
import { pageWindow } from "@/lib/validation/pagination";

export const QUEUE_PAGE_SIZE = 50;

export type PendingDeadlineChange = {
  id: string;
  version: number;
  action: { id: string; title: string; organisation: { code: string; name: string }; startDate: CalendarDate | null };
  oldDueDate: CalendarDate;
  newDueDate: CalendarDate;
  reason: string;
  requestedBy: string;
  requestedAt: Date;
};

export type DeadlineQueue = {
  requests: PendingDeadlineChange[];
  page: number;
  pageCount: number;
  total: number;
  from: number;
  to: number;
  mayDecide: boolean;
};

export async function listPendingDeadlineChanges({
  actor,
  page = 1,
}: {
  actor: Actor;
  page?: number;
}): Promise<DeadlineQueue> {
  assertCan(actor, "recommendations:read");
  const where = { status: "PENDING" as const };
  const total = await db().deadlineChange.count({ where });
  const window = pageWindow(page, total, QUEUE_PAGE_SIZE);
  const rows = await db().deadlineChange.findMany({
    where,
    // index (status, createdAt)
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: window.skip,
    take: window.take,
    select: {
      id: true,
      version: true,
      oldDueDate: true,
      newDueDate: true,
      reason: true,
      createdAt: true,
      requestedBy: { select: { name: true } },
      actionItem: {
        select: { id: true, title: true, startDate: true, ownerOrganisation: { select: { code: true, name: true } } },
      },
    },
  });
  return {
    requests: rows.map((row) => ({
      id: row.id,
      version: row.version,
      action: {
        id: row.actionItem.id,
        title: row.actionItem.title,
        organisation: row.actionItem.ownerOrganisation,
        startDate: row.actionItem.startDate ? toCalendarDate(row.actionItem.startDate) : null,
      },
      oldDueDate: toCalendarDate(row.oldDueDate),
      newDueDate: toCalendarDate(row.newDueDate),
      reason: row.reason,
      requestedBy: row.requestedBy.name,
      requestedAt: row.createdAt,
    })),
    page: window.page,
    pageCount: window.pageCount,
    total,
    from: total === 0 ? 0 : window.skip + 1,
    to: window.skip + rows.length,
    mayDecide: can(actor, "deadlines:approve"),
  };
}
