// One action as its page shows it: the details, a page of the journal (newest first), the
// deadline history with the pending request, the number of requests waiting in the queue,
// and what this user may do. A fixed number of queries, whatever the size of the journal.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { toCalendarDate, type CalendarDate } from "@/lib/clock";
import { allowedTransitions, isOpenStatus } from "@/lib/action-items/status-transitions";
import { pageWindow } from "@/lib/validation/pagination";
import type { ActionStatus, DeadlineChangeStatus } from "@/lib/generated/prisma/enums.ts";

export const JOURNAL_PAGE_SIZE = 50;
export const DEADLINE_HISTORY_SIZE = 50;

export type DeadlineHistoryEntry = {
  id: string;
  oldDueDate: CalendarDate;
  newDueDate: CalendarDate;
  reason: string;
  /** DIRECT: a coordinator's own change, approved as it was made. */
  status: DeadlineChangeStatus | "DIRECT";
  requestedBy: string;
  requestedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  version: number;
};

export type ActionItemDetail = {
  id: string;
  /** "2.3": the key a re-imported spreadsheet matches on; null only on rows made before references existed. */
  reference: string | null;
  title: string;
  description: string;
  titleEn: string | null;
  descriptionEn: string | null;
  status: ActionStatus;
  percentDone: number;
  startDate: CalendarDate | null;
  dueDate: CalendarDate;
  completedOn: CalendarDate | null;
  cancelReason: string | null;
  isIllustrative: boolean;
  version: number;
  ownerOrganisation: { id: string; code: string; name: string };
  contactUser: { id: string; name: string } | null;
  recommendation: { id: string; number: number; title: string; evaluation: { id: string; title: string } };
  journal: {
    id: string;
    text: string;
    textEn: string | null;
    statusBefore: ActionStatus;
    statusAfter: ActionStatus;
    percentDone: number;
    occurredOn: CalendarDate;
    createdAt: Date;
    author: string;
    isIllustrative: boolean;
  }[];
  journalPage: { page: number; pageCount: number; total: number; from: number; to: number };
  deadlineHistory: DeadlineHistoryEntry[];
  deadlineHistoryTotal: number;
  pendingRequest: DeadlineHistoryEntry | null;
  /** Requests of all actions waiting for a coordinator's decision. */
  pendingQueueCount: number;
  /** What this user may do here; the domain functions check again. */
  may: {
    update: boolean;
    manage: boolean;
    nextStatuses: ActionStatus[];
    /** The next statuses that need a reason (cancelling, reopening). */
    reasonRequiredFor: ActionStatus[];
    /** "Deadline wijzigen" as a request (Bijdrager) or directly (Coördinator); none on a closed action. */
    deadline: "request" | "direct" | null;
    decideDeadline: boolean;
  };
};

export async function getActionItem({
  actor,
  id,
  journalPage = 1,
}: {
  actor: Actor;
  id: string;
  journalPage?: number;
}): Promise<ActionItemDetail | null> {
  assertCan(actor, "recommendations:read");
  const [counts, pendingQueueCount] = await Promise.all([
    db().actionItem.findUnique({ where: { id }, select: { _count: { select: { progressUpdates: true } } } }),
    db().deadlineChange.count({ where: { status: "PENDING" } }),
  ]);
  if (!counts) return null;
  const window = pageWindow(journalPage, counts._count.progressUpdates, JOURNAL_PAGE_SIZE);
  const action = await db().actionItem.findUnique({
    where: { id },
    select: {
      id: true,
      reference: true,
      title: true,
      description: true,
      titleEn: true,
      descriptionEn: true,
      status: true,
      percentDone: true,
      startDate: true,
      dueDate: true,
      completedOn: true,
      cancelReason: true,
      isIllustrative: true,
      version: true,
      ownerOrganisation: { select: { id: true, code: true, name: true } },
      contactUser: { select: { id: true, name: true } },
      recommendation: {
        select: { id: true, number: true, title: true, evaluation: { select: { id: true, title: true } } },
      },
      progressUpdates: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: window.skip,
        take: window.take,
        select: {
          id: true,
          text: true,
          textEn: true,
          statusBefore: true,
          statusAfter: true,
          percentDone: true,
          occurredOn: true,
          createdAt: true,
          isIllustrative: true,
          author: { select: { name: true } },
        },
      },
      deadlineChanges: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: DEADLINE_HISTORY_SIZE,
        select: {
          id: true,
          oldDueDate: true,
          newDueDate: true,
          reason: true,
          status: true,
          createdAt: true,
          decidedAt: true,
          decisionNote: true,
          version: true,
          requestedBy: { select: { id: true, name: true } },
          decidedBy: { select: { id: true, name: true } },
        },
      },
      _count: { select: { deadlineChanges: true } },
    },
  });
  if (!action) return null;

  const { progressUpdates, deadlineChanges, _count, ...details } = action;
  const target = { organisationId: action.ownerOrganisation.id };
  const transitions = allowedTransitions(actor, action.status, action.ownerOrganisation.id);
  const deadlineHistory = deadlineChanges.map(toHistoryEntry);
  const open = isOpenStatus(action.status);
  const total = counts._count.progressUpdates;
  return {
    ...details,
    startDate: action.startDate ? toCalendarDate(action.startDate) : null,
    dueDate: toCalendarDate(action.dueDate),
    completedOn: action.completedOn ? toCalendarDate(action.completedOn) : null,
    journal: progressUpdates.map(({ author, occurredOn, ...update }) => ({
      ...update,
      occurredOn: toCalendarDate(occurredOn),
      author: author.name,
    })),
    journalPage: {
      page: window.page,
      pageCount: window.pageCount,
      total,
      from: total === 0 ? 0 : window.skip + 1,
      to: window.skip + progressUpdates.length,
    },
    deadlineHistory,
    deadlineHistoryTotal: _count.deadlineChanges,
    pendingRequest: deadlineHistory.find((entry) => entry.status === "PENDING") ?? null,
    pendingQueueCount,
    may: {
      update: can(actor, "actions:update", target),
      manage: can(actor, "actions:manage"),
      nextStatuses: transitions.map((transition) => transition.to),
      reasonRequiredFor: transitions
        .filter((transition) => transition.reasonRequired)
        .map((transition) => transition.to),
      deadline: !open
        ? null
        : can(actor, "deadlines:approve")
          ? "direct"
          : can(actor, "deadlines:propose", target)
            ? "request"
            : null,
      decideDeadline: can(actor, "deadlines:approve"),
    },
  };
}

type DeadlineChangeRow = {
  id: string;
  oldDueDate: Date;
  newDueDate: Date;
  reason: string;
  status: DeadlineChangeStatus;
  createdAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  version: number;
  requestedBy: { id: string; name: string };
  decidedBy: { id: string; name: string } | null;
};

export function toHistoryEntry(row: DeadlineChangeRow): DeadlineHistoryEntry {
  // A direct change is decided by its requester at the moment it is made (change-deadline.ts).
  const direct =
    row.status === "APPROVED" &&
    row.decidedBy?.id === row.requestedBy.id &&
    row.decidedAt?.getTime() === row.createdAt.getTime();
  return {
    id: row.id,
    oldDueDate: toCalendarDate(row.oldDueDate),
    newDueDate: toCalendarDate(row.newDueDate),
    reason: row.reason,
    status: direct ? "DIRECT" : row.status,
    requestedBy: row.requestedBy.name,
    requestedAt: row.createdAt,
    decidedBy: row.decidedBy?.name ?? null,
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
    version: row.version,
  };
}
