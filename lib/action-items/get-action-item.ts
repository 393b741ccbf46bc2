// One action as its page shows it: the details, and the journal of progress updates,
// newest first. A fixed number of queries, whatever the size of the journal.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { toCalendarDate, type CalendarDate } from "@/lib/clock";
import { allowedNextStatuses } from "@/lib/action-items/status-transitions";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";

export type ActionItemDetail = {
  id: string;
  title: string;
  description: string;
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
  journal: { id: string; text: string; statusBefore: ActionStatus; statusAfter: ActionStatus; percentDone: number; occurredOn: CalendarDate; createdAt: Date; author: string; isIllustrative: boolean }[];
  /** What this user may do here; the domain functions check again. */
  may: { update: boolean; manage: boolean; nextStatuses: ActionStatus[] };
};

export async function getActionItem({ actor, id }: { actor: Actor; id: string }): Promise<ActionItemDetail | null> {
  assertCan(actor, "recommendations:read");
  const action = await db().actionItem.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
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
      recommendation: { select: { id: true, number: true, title: true, evaluation: { select: { id: true, title: true } } } },
      progressUpdates: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          text: true,
          statusBefore: true,
          statusAfter: true,
          percentDone: true,
          occurredOn: true,
          createdAt: true,
          isIllustrative: true,
          author: { select: { name: true } },
        },
      },
    },
  });
  if (!action) return null;
  const target = { organisationId: action.ownerOrganisation.id };
  return {
    ...action,
    startDate: action.startDate ? toCalendarDate(action.startDate) : null,
    dueDate: toCalendarDate(action.dueDate),
    completedOn: action.completedOn ? toCalendarDate(action.completedOn) : null,
    journal: action.progressUpdates.map(({ author, occurredOn, ...update }) => ({ ...update, occurredOn: toCalendarDate(occurredOn), author: author.name })),
    may: {
      update: can(actor, "actions:update", target),
      manage: can(actor, "actions:manage"),
      nextStatuses: allowedNextStatuses(actor, action.status, action.ownerOrganisation.id),
    },
  };
}
