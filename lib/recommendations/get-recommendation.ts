// One recommendation as its page shows it: the details, the status derived from the actions
// (with the rule written out) or the coordinator's override (reason, who, when), one page of
// its actions with their deadline state, the linked commitments, and its history. A fixed
// number of statements, whatever the number of actions or events.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { today, toCalendarDate, type CalendarDate } from "@/lib/clock";
import { deadlineState, type DeadlineState } from "@/lib/action-items/deadline-state";
import { countActionStatuses, toOecdGrade, type OecdGrade } from "@/lib/recommendations/derive-implementation-status";
import {
  explainImplementationStatus,
  type StatusExplanation,
} from "@/lib/recommendations/explain-implementation-status";
import type {
  ActionStatus,
  CabinetResponse,
  CommitmentStatus,
  ImplementationStatus,
} from "@/lib/generated/prisma/enums.ts";
import { pageWindow } from "@/lib/validation/pagination";
import { listEntityHistory, type EntityHistory } from "@/lib/audit/list-entity-history";

export const RECOMMENDATION_ACTIONS_PAGE_SIZE = 50;

export type RecommendationDetail = {
  id: string;
  number: number;
  title: string;
  text: string;
  titleEn: string | null;
  textEn: string | null;
  theme: string;
  cabinetResponse: CabinetResponse;
  isIllustrative: boolean;
  version: number;
  evaluation: {
    id: string;
    title: string;
    evaluator: string;
    reportDate: CalendarDate | null;
    sentToParliamentOn: CalendarDate | null;
  };
  leadOrganisation: { code: string; name: string };
  /** What the actions give; shown always, beside an override if there is one. */
  derived: StatusExplanation;
  override: {
    status: ImplementationStatus;
    oecdGrade: OecdGrade;
    reason: string | null;
    by: string | null;
    at: Date | null;
  } | null;
  status: ImplementationStatus;
  oecdGrade: OecdGrade;
  actions: {
    items: {
      id: string;
      title: string;
      organisation: { code: string; name: string };
      status: ActionStatus;
      percentDone: number;
      dueDate: CalendarDate;
      deadlineState: DeadlineState | null;
      isIllustrative: boolean;
    }[];
    total: number;
    page: number;
    pageCount: number;
  };
  commitments: {
    id: string;
    title: string;
    originalWording: string;
    dueDate: CalendarDate;
    status: CommitmentStatus;
    isIllustrative: boolean;
  }[];
  /** From the audit trail, as the action's page has it (lib/audit/list-entity-history.ts); each event's fields in the form's order. */
  history: EntityHistory;
  may: { manage: boolean };
};

export async function getRecommendation({
  actor,
  id,
  actionsPage = 1,
}: {
  actor: Actor;
  id: string;
  actionsPage?: number;
}): Promise<RecommendationDetail | null> {
  assertCan(actor, "recommendations:read");
  const recommendation = await db().recommendation.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      title: true,
      text: true,
      titleEn: true,
      textEn: true,
      theme: true,
      cabinetResponse: true,
      isIllustrative: true,
      statusOverride: true,
      statusOverrideReason: true,
      version: true,
      evaluation: { select: { id: true, title: true, evaluator: true, reportDate: true, sentToParliamentOn: true } },
      leadOrganisation: { select: { code: true, name: true } },
      commitments: {
        orderBy: { commitment: { dueDate: "asc" } },
        select: {
          commitment: {
            select: { id: true, title: true, originalWording: true, dueDate: true, status: true, isIllustrative: true },
          },
        },
      },
    },
  });
  if (!recommendation) return null;

  const day = today();
  const [statusCounts, history, overrideEvent] = await Promise.all([
    db().actionItem.groupBy({ by: ["status"], where: { recommendationId: id }, _count: { _all: true } }),
    listEntityHistory({ actor, entityType: "Recommendation", entityId: id }),
    // Who set the override in force, and when: the newest STATUS_OVERRIDDEN event.
    db().auditEvent.findFirst({
      where: { entityType: "Recommendation", entityId: id, kind: "STATUS_OVERRIDDEN" },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      select: { occurredAt: true, after: true, actor: { select: { name: true } } },
    }),
  ]);
  const counts = countActionStatuses([]);
  for (const row of statusCounts) counts[row.status] = row._count._all;
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const window = pageWindow(actionsPage, total, RECOMMENDATION_ACTIONS_PAGE_SIZE);
  const actions = await db().actionItem.findMany({
    where: { recommendationId: id },
    orderBy: [{ dueDate: "asc" }, { title: "asc" }, { id: "asc" }],
    skip: window.skip,
    take: window.take,
    select: {
      id: true,
      title: true,
      status: true,
      percentDone: true,
      dueDate: true,
      isIllustrative: true,
      ownerOrganisation: { select: { code: true, name: true } },
    },
  });

  const derived = explainImplementationStatus(counts);
  const status = recommendation.statusOverride ?? derived.status;
  const { evaluation } = recommendation;

  return {
    id: recommendation.id,
    number: recommendation.number,
    title: recommendation.title,
    text: recommendation.text,
    titleEn: recommendation.titleEn,
    textEn: recommendation.textEn,
    theme: recommendation.theme,
    cabinetResponse: recommendation.cabinetResponse,
    isIllustrative: recommendation.isIllustrative,
    version: recommendation.version,
    evaluation: {
      ...evaluation,
      reportDate: evaluation.reportDate ? toCalendarDate(evaluation.reportDate) : null,
      sentToParliamentOn: evaluation.sentToParliamentOn ? toCalendarDate(evaluation.sentToParliamentOn) : null,
    },
    leadOrganisation: recommendation.leadOrganisation,
    derived,
    override: recommendation.statusOverride
      ? {
          status: recommendation.statusOverride,
          oecdGrade: toOecdGrade(recommendation.statusOverride),
          reason: recommendation.statusOverrideReason,
          ...overrideAuthor(overrideEvent),
        }
      : null,
    status,
    oecdGrade: toOecdGrade(status),
    actions: {
      items: actions.map(({ ownerOrganisation, dueDate, ...action }) => {
        const due = toCalendarDate(dueDate);
        return {
          ...action,
          organisation: ownerOrganisation,
          dueDate: due,
          deadlineState: deadlineState({ status: action.status, dueDate: due }, day),
        };
      }),
      total,
      page: window.page,
      pageCount: window.pageCount,
    },
    commitments: recommendation.commitments.map(({ commitment }) => ({
      ...commitment,
      dueDate: toCalendarDate(commitment.dueDate),
    })),
    history: {
      ...history,
      entries: history.entries.map((entry) => ({
        ...entry,
        changes: entry.changes.toSorted((a, b) => rank(a.field) - rank(b.field)),
      })),
    },
    may: { manage: can(actor, "recommendations:manage") },
  };
}

/** The event's author and time if it set an override (an override written outside the app has none). */
function overrideAuthor(event: { occurredAt: Date; after: unknown; actor: { name: string } | null } | null): {
  by: string | null;
  at: Date | null;
} {
  const setsOverride = isRecord(event?.after) && event.after.statusOverride != null;
  return event && setsOverride ? { by: event.actor?.name ?? null, at: event.occurredAt } : { by: null, at: null };
}

// The order of the form, for the history: PostgreSQL's jsonb keeps keys in an order of its own.
// Sorting is stable, so a field outside the list keeps its place after those in it.
const FIELD_ORDER = [
  "evaluation",
  "number",
  "title",
  "text",
  "titleEn",
  "textEn",
  "theme",
  "cabinetResponse",
  "leadOrganisation",
  "statusOverride",
  "statusOverrideReason",
];
const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
