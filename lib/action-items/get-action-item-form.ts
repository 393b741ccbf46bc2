// What the coordinator's action forms choose from: the recommendations (by evaluation), the
// organisations and the active users (by organisation); and, for the edit form, the action
// as it is now. Three or four queries, whatever the number of users.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { toCalendarDate, type CalendarDate } from "@/lib/clock";
import { groupBy, listContactOptions, type OptionGroup } from "@/lib/action-items/list-contact-options";

export type { OptionGroup };

export type ActionItemFormOptions = {
  recommendations: OptionGroup[];
  organisations: { value: string; label: string }[];
  /** Active users, grouped by organisation; the domain checks that the choice fits the owner. */
  contacts: OptionGroup[];
};

export type ActionItemForEdit = {
  id: string;
  title: string;
  description: string;
  titleEn: string | null;
  descriptionEn: string | null;
  ownerOrganisationId: string;
  contactUserId: string | null;
  startDate: CalendarDate | null;
  dueDate: CalendarDate;
  version: number;
};

export async function getActionItemFormOptions({ actor }: { actor: Actor }): Promise<ActionItemFormOptions> {
  assertCan(actor, "actions:manage");
  const [recommendations, organisations, contacts] = await Promise.all([
    db().recommendation.findMany({
      orderBy: [{ evaluation: { createdAt: "asc" } }, { evaluationId: "asc" }, { number: "asc" }],
      select: { id: true, number: true, title: true, evaluation: { select: { id: true, title: true } } },
    }),
    db().organisation.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    listContactOptions({ actor }),
  ]);
  return {
    recommendations: groupBy(
      recommendations,
      (r) => r.evaluation.title,
      (r) => ({ value: r.id, label: `${r.number}. ${r.title}` }),
    ),
    organisations: organisations.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` })),
    contacts,
  };
}

export async function getActionItemForEdit({
  actor,
  id,
}: {
  actor: Actor;
  id: string;
}): Promise<ActionItemForEdit | null> {
  assertCan(actor, "actions:manage");
  const action = await db().actionItem.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      titleEn: true,
      descriptionEn: true,
      ownerOrganisationId: true,
      contactUserId: true,
      startDate: true,
      dueDate: true,
      version: true,
    },
  });
  if (!action) return null;
  return {
    ...action,
    startDate: action.startDate ? toCalendarDate(action.startDate) : null,
    dueDate: toCalendarDate(action.dueDate),
  };
}
