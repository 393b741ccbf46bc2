// What a subscribed feed holds: the open actions of the feed owner's organisation and every
// open commitment (deadline to the Kamer). Two queries whatever the data size.
import "server-only";
import { db } from "@/lib/db";
import { toCalendarDate } from "@/lib/clock";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import { isOpenStatus } from "@/lib/action-items/status-transitions";
import type { ActionDeadline, CommitmentDeadline } from "@/lib/calendar/deadline-events";

/** A cap on one organisation's open actions in one feed (the large data set has about 3,300). */
export const FEED_MAX_ACTIONS = 5_000;

const OPEN_STATUSES = ACTION_STATUSES.filter(isOpenStatus);

export async function listFeedDeadlines(
  organisationId: string,
): Promise<{ actions: ActionDeadline[]; commitments: CommitmentDeadline[] }> {
  const [actions, commitments] = await Promise.all([
    db().actionItem.findMany({
      where: { ownerOrganisationId: organisationId, status: { in: OPEN_STATUSES } },
      select: {
        id: true,
        title: true,
        dueDate: true,
        status: true,
        ownerOrganisation: { select: { code: true } },
        recommendation: { select: { number: true, title: true } },
      },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: FEED_MAX_ACTIONS,
    }),
    listOpenCommitments(),
  ]);
  return {
    actions: actions.map((action) => ({
      id: action.id,
      title: action.title,
      dueDate: toCalendarDate(action.dueDate),
      status: action.status,
      organisationCode: action.ownerOrganisation.code,
      recommendationNumber: action.recommendation.number,
      recommendationTitle: action.recommendation.title,
    })),
    commitments,
  };
}

export async function listOpenCommitments(): Promise<CommitmentDeadline[]> {
  const rows = await db().commitment.findMany({
    where: { status: "OPEN" },
    select: { id: true, title: true, dueDate: true, originalWording: true, responsibleMinister: true },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...row, dueDate: toCalendarDate(row.dueDate) }));
}
