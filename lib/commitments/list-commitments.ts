// The Toezeggingen page: one page of commitments (by due date) with their origin, minister,
// linked recommendations, status and fulfilling document; and the timeline of parliamentary
// moments: every sent document and every commitment's deadline, in date order, with today's
// place among them. A fixed number of statements, whatever the number of rows.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { fromCalendarDate, today, toCalendarDate, type CalendarDate } from "@/lib/clock";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums.ts";
import { pageWindow } from "@/lib/validation/pagination";
import {
  commitmentFieldsSelect,
  documentSelect,
  toCommitmentFields,
  toDocumentSummary,
  type CommitmentFields,
  type DocumentRow,
  type DocumentSummary,
} from "@/lib/commitments/commitment-record";

export const COMMITMENTS_PAGE_SIZE = 50;
/** The timeline shows at most this many moments of each kind (the nearest to today). */
export const TIMELINE_SIZE = 100;

export type CommitmentListItem = CommitmentFields & {
  recommendations: { id: string; number: number; title: string }[];
};

export type TimelineMoment =
  | { kind: "document"; key: string; date: CalendarDate; document: DocumentSummary }
  | {
      kind: "deadline";
      key: string;
      date: CalendarDate;
      commitment: { id: string; title: string; originalWording: string; status: CommitmentStatus };
    };

export type CommitmentList = {
  items: CommitmentListItem[];
  total: number;
  page: number;
  pageCount: number;
  today: CalendarDate;
  /** Moments on or before today, then those after it. */
  timeline: { past: TimelineMoment[]; coming: TimelineMoment[] };
  may: { manage: boolean };
};

export async function listCommitments({
  actor,
  page: requested = 1,
}: {
  actor: Actor;
  page?: number;
}): Promise<CommitmentList> {
  assertCan(actor, "recommendations:read");
  const day = today();
  const dayDate = fromCalendarDate(day);
  const total = await db().commitment.count();
  const { page, pageCount, skip, take } = pageWindow(requested, total, COMMITMENTS_PAGE_SIZE);
  const [rows, pastDocuments, comingDocuments, pastDeadlines, comingDeadlines] = await Promise.all([
    db().commitment.findMany({
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      skip,
      take,
      select: {
        ...commitmentFieldsSelect,
        recommendations: {
          orderBy: [{ recommendation: { number: "asc" } }],
          select: { recommendation: { select: { id: true, number: true, title: true } } },
        },
      },
    }),
    // The nearest moments on each side of today; the timeline is about what is near.
    db().parliamentaryDocument.findMany({
      where: { date: { lte: dayDate } },
      orderBy: [{ date: "desc" }, { id: "asc" }],
      take: TIMELINE_SIZE,
      select: documentSelect,
    }),
    db().parliamentaryDocument.findMany({
      where: { date: { gt: dayDate } },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      take: TIMELINE_SIZE,
      select: documentSelect,
    }),
    db().commitment.findMany({
      where: { dueDate: { lte: dayDate } },
      orderBy: [{ dueDate: "desc" }, { id: "asc" }],
      take: TIMELINE_SIZE,
      select: deadlineSelect,
    }),
    db().commitment.findMany({
      where: { dueDate: { gt: dayDate } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: TIMELINE_SIZE,
      select: deadlineSelect,
    }),
  ]);

  return {
    items: rows.map((row) => ({
      ...toCommitmentFields(row),
      recommendations: row.recommendations.map(({ recommendation }) => recommendation),
    })),
    total,
    page,
    pageCount,
    today: day,
    timeline: {
      past: inDateOrder([...pastDocuments.map(documentMoment), ...pastDeadlines.map(deadlineMoment)]),
      coming: inDateOrder([...comingDocuments.map(documentMoment), ...comingDeadlines.map(deadlineMoment)]),
    },
    may: { manage: can(actor, "commitments:manage") },
  };
}

const deadlineSelect = { id: true, title: true, originalWording: true, dueDate: true, status: true } as const;

function documentMoment(row: DocumentRow): TimelineMoment {
  const document = toDocumentSummary(row);
  return { kind: "document", key: `document-${row.id}`, date: document.date, document };
}

function deadlineMoment(row: {
  id: string;
  title: string;
  originalWording: string;
  dueDate: Date;
  status: CommitmentStatus;
}): TimelineMoment {
  return {
    kind: "deadline",
    key: `deadline-${row.id}`,
    date: toCalendarDate(row.dueDate),
    commitment: { id: row.id, title: row.title, originalWording: row.originalWording, status: row.status },
  };
}

/** Oldest first; on one day a sent document before a deadline. */
function inDateOrder(moments: TimelineMoment[]): TimelineMoment[] {
  return moments.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || (a.kind === b.kind ? a.key.localeCompare(b.key) : a.kind === "document" ? -1 : 1),
  );
}
