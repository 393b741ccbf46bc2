// The Kamerbrieven page: one page of the letters the actor may read, newest first (a concept
// is the coordinator's working text: others see a letter from "ter review" on, the rule of
// letter-status.ts written into the query), and for the coordinator the commitments to
// generate a letter for, open ones first. A fixed number of statements.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import type { CommitmentStatus, LetterStatus, ReportKind } from "@/lib/generated/prisma/enums.ts";
import { reportKind } from "@/lib/reports/report-kinds";
import type { Prisma } from "@/lib/generated/prisma/client.ts";
import { toCalendarDate, type CalendarDate } from "@/lib/clock";
import { pageWindow } from "@/lib/validation/pagination";

export const LETTERS_PAGE_SIZE = 50;

export type LetterListItem = {
  id: string;
  title: string;
  status: LetterStatus;
  latestVersionNumber: number;
  updatedAt: Date;
  commitment: { id: string; title: string } | null;
  evaluation: { id: string; title: string } | null;
};

export type EvaluationChoice = { id: string; title: string };

export type CommitmentChoice = { id: string; title: string; status: CommitmentStatus; dueDate: CalendarDate };

export type LetterList = {
  items: LetterListItem[];
  total: number;
  page: number;
  pageCount: number;
  /** Only for the coordinator: what "Concept-Kamerbrief maken" offers. */
  commitments: CommitmentChoice[];
  /** Only for the coordinator and the OECD kind: the evaluations it may report on. */
  evaluations: EvaluationChoice[];
  may: { manage: boolean };
};

/** Open commitments first (by due date), then the rest (by due date). */
const COMMITMENT_STATUS_ORDER: Record<CommitmentStatus, number> = {
  OPEN: 0,
  PARTLY_FULFILLED: 1,
  FULFILLED: 2,
  LAPSED: 3,
};

export async function listLetterDrafts({
  actor,
  kind = "KAMERBRIEF",
  page: requested = 1,
}: {
  actor: Actor;
  kind?: ReportKind;
  page?: number;
}): Promise<LetterList> {
  assertCan(actor, "letters:read");
  const manage = can(actor, "letters:manage");
  const definition = reportKind(kind);
  const where: Prisma.LetterDraftWhereInput = manage ? { kind } : { kind, status: { not: "DRAFT" } };
  const total = await db().letterDraft.count({ where });
  const { page, pageCount, skip, take } = pageWindow(requested, total, LETTERS_PAGE_SIZE);
  const [rows, commitments, evaluations] = await Promise.all([
    db().letterDraft.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take,
      select: {
        id: true,
        title: true,
        status: true,
        latestVersionNumber: true,
        updatedAt: true,
        commitment: { select: { id: true, title: true } },
        evaluation: { select: { id: true, title: true } },
      },
    }),
    manage && definition.subject === "commitment"
      ? db().commitment.findMany({
          orderBy: [{ dueDate: "asc" }, { id: "asc" }],
          select: { id: true, title: true, status: true, dueDate: true },
        })
      : Promise.resolve([]),
    manage && definition.subject === "evaluation"
      ? db().evaluation.findMany({
          orderBy: [{ reportDate: "desc" }, { id: "asc" }],
          select: { id: true, title: true, evaluator: true },
        })
      : Promise.resolve([]),
  ]);
  return {
    items: rows,
    total,
    page,
    pageCount,
    commitments: commitments
      .map((row) => ({ ...row, dueDate: toCalendarDate(row.dueDate) }))
      .sort(
        (a, b) =>
          COMMITMENT_STATUS_ORDER[a.status] - COMMITMENT_STATUS_ORDER[b.status] || a.dueDate.localeCompare(b.dueDate),
      ),
    evaluations: evaluations
      .filter((evaluation) => definition.mayReportOn(evaluation))
      .map(({ id, title }) => ({ id, title })),
    may: { manage },
  };
}
