// The events of the calendars: one per open action (its deadline) and one per open
// commitment (its deadline to the Kamer), with Dutch text and a link to the page. The UIDs
// depend only on the record's id, so a moved deadline moves in the subscriber's calendar.
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import type { CalendarDate } from "@/lib/calendar-date";
import { nl } from "@/lib/i18n/nl";
import type { DeadlineEvent } from "@/lib/calendar/build-deadline-calendar";

export type ActionDeadline = {
  id: string;
  title: string;
  dueDate: CalendarDate;
  status: ActionStatus;
  organisationCode: string;
  recommendationNumber: number;
  recommendationTitle: string;
};

export type CommitmentDeadline = {
  id: string;
  title: string;
  dueDate: CalendarDate;
  originalWording: string;
  responsibleMinister: string;
};

export const actionUid = (id: string) => `actie-${id}@opvolging`;
export const commitmentUid = (id: string) => `toezegging-${id}@opvolging`;

export function actionEvent(action: ActionDeadline, origin: string): DeadlineEvent {
  const url = `${origin}/acties/${encodeURIComponent(action.id)}`;
  return {
    uid: actionUid(action.id),
    date: action.dueDate,
    summary: nl.profile.actionSummary(action.title),
    description: nl.profile.actionDescription({
      organisation: action.organisationCode,
      status: nl.actionStatus[action.status],
      recommendation: `${action.recommendationNumber}. ${action.recommendationTitle}`,
      url,
    }),
    url,
  };
}

export function commitmentEvent(commitment: CommitmentDeadline, origin: string): DeadlineEvent {
  const url = `${origin}/toezeggingen/${encodeURIComponent(commitment.id)}`;
  return {
    uid: commitmentUid(commitment.id),
    date: commitment.dueDate,
    summary: nl.profile.commitmentSummary(commitment.title),
    description: nl.profile.commitmentDescription({
      wording: commitment.originalWording,
      minister: commitment.responsibleMinister,
      url,
    }),
    url,
  };
}
