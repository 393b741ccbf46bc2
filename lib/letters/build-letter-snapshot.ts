// The data a Kamerbrief is generated from, read once and frozen (letter-snapshot.ts): the
// commitment with its origin, the evaluations of its recommendations with their sent
// document, the plan van aanpak and the previous sent letter as at the peildatum, and each
// linked recommendation with its effective status, its actions and each action's latest
// progress update on or before the peildatum. A fixed number of statements whatever the
// number of recommendations, actions and updates (the latest update per action in one
// DISTINCT ON query).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { fromCalendarDate, toCalendarDate, type CalendarDate } from "@/lib/calendar-date";
import {
  SNAPSHOT_ACTION_SELECT,
  groupByRecommendation,
  snapshotActionFields,
  snapshotDay as day,
  snapshotRecommendationStatus,
} from "@/lib/reports/snapshot-actions";
import {
  LetterSnapshotSchema,
  type DocumentReference,
  type LetterSnapshot,
  type SnapshotAction,
} from "@/lib/letters/letter-snapshot";

const documentSelect = { id: true, title: true, date: true, dossier: true, number: true } as const;

type DocumentRow = { id: string; title: string; date: Date; dossier: string | null; number: string | null };

function toReference(row: DocumentRow | null): DocumentReference | null {
  return (
    row && { id: row.id, title: row.title, date: toCalendarDate(row.date), dossier: row.dossier, number: row.number }
  );
}

export async function buildLetterSnapshot(
  tx: Tx,
  { commitmentId, peildatum }: { commitmentId: string; peildatum: CalendarDate },
): Promise<LetterSnapshot> {
  const peil = fromCalendarDate(peildatum);
  const commitment = await tx.commitment.findUnique({
    where: { id: commitmentId },
    select: {
      id: true,
      title: true,
      originalWording: true,
      dueDate: true,
      origin: true,
      originDescription: true,
      responsibleMinister: true,
      status: true,
      isIllustrative: true,
      originDocument: { select: documentSelect },
      recommendations: {
        select: {
          recommendation: {
            select: {
              id: true,
              evaluationId: true,
              number: true,
              title: true,
              text: true,
              isIllustrative: true,
              statusOverride: true,
              leadOrganisation: { select: { code: true } },
              evaluation: {
                select: {
                  id: true,
                  title: true,
                  evaluator: true,
                  reportDate: true,
                  sentToParliamentOn: true,
                  createdAt: true,
                  document: { select: documentSelect },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!commitment)
    throw new AppError("NOT_FOUND", nl.errors.recordGone, {
      fieldError: { field: "commitmentId", message: nl.errors.recordGone },
    });

  const [actions, latestProgress, planOfAction, previousLetter] = [
    await tx.actionItem.findMany({
      where: { recommendation: { commitments: { some: { commitmentId } } } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      select: SNAPSHOT_ACTION_SELECT,
    }),
    await tx.$queryRaw<{ actionItemId: string; occurredOn: Date; text: string }[]>(Prisma.sql`
      SELECT DISTINCT ON (p."actionItemId") p."actionItemId", p."occurredOn", p.text
        FROM "ProgressUpdate" p
        JOIN "ActionItem" a ON a.id = p."actionItemId"
        JOIN "CommitmentRecommendation" cr ON cr."recommendationId" = a."recommendationId"
       WHERE cr."commitmentId" = ${commitmentId} AND p."occurredOn" <= ${peil}::date
       ORDER BY p."actionItemId", p."occurredOn" DESC, p."createdAt" DESC, p.id DESC`),
    await tx.parliamentaryDocument.findFirst({
      where: { type: "PLAN_OF_ACTION", date: { lte: peil } },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      select: documentSelect,
    }),
    // The previous letter on these recommendations: the newest sent one whose commitment
    // shares a recommendation with this one (a letter on another subject is no baseline).
    await tx.letterDraft.findFirst({
      where: {
        status: "SENT",
        sentDocument: { date: { lte: peil } },
        commitment: { recommendations: { some: { recommendation: { commitments: { some: { commitmentId } } } } } },
      },
      orderBy: [{ sentDocument: { date: "desc" } }, { updatedAt: "desc" }],
      select: { id: true, sentDocument: { select: documentSelect } },
    }),
  ];

  const progressByAction = new Map(
    latestProgress.map((row) => [row.actionItemId, { date: toCalendarDate(row.occurredOn), text: row.text }]),
  );
  const actionsByRecommendation = groupByRecommendation(actions, (action): SnapshotAction =>
    snapshotActionFields(action, progressByAction.get(action.id) ?? null),
  );

  // Evaluations oldest first: by the day they reached the Kamer (or were published), then by when they were recorded.
  const evaluationRows = [
    ...new Map(
      commitment.recommendations.map(({ recommendation }) => [recommendation.evaluation.id, recommendation.evaluation]),
    ).values(),
  ];
  const evaluationKey = (row: (typeof evaluationRows)[number]) =>
    `${day(row.sentToParliamentOn) ?? day(row.reportDate) ?? "9999-12-31"}|${row.createdAt.toISOString()}|${row.id}`;
  evaluationRows.sort((a, b) => evaluationKey(a).localeCompare(evaluationKey(b)));
  const evaluationOrder = new Map(evaluationRows.map((row, index) => [row.id, index]));

  const recommendations = commitment.recommendations
    .map(({ recommendation }) => recommendation)
    .sort((a, b) => evaluationOrder.get(a.evaluationId)! - evaluationOrder.get(b.evaluationId)! || a.number - b.number)
    .map((recommendation) => {
      const recommendationActions = actionsByRecommendation.get(recommendation.id) ?? [];
      return {
        id: recommendation.id,
        evaluationId: recommendation.evaluationId,
        number: recommendation.number,
        title: recommendation.title,
        text: recommendation.text,
        illustrative: recommendation.isIllustrative,
        leadOrganisation: recommendation.leadOrganisation.code,
        ...snapshotRecommendationStatus(recommendationActions, recommendation.statusOverride),
        actions: recommendationActions,
      };
    });

  const previousDocument = toReference(previousLetter?.sentDocument ?? null);
  return LetterSnapshotSchema.parse({
    schemaVersion: 1,
    peildatum,
    commitment: {
      id: commitment.id,
      title: commitment.title,
      originalWording: commitment.originalWording,
      dueDate: toCalendarDate(commitment.dueDate),
      origin: commitment.origin,
      originDocument: toReference(commitment.originDocument),
      originDescription: commitment.originDescription,
      responsibleMinister: commitment.responsibleMinister,
      status: commitment.status,
      illustrative: commitment.isIllustrative,
    },
    evaluations: evaluationRows.map((row) => ({
      id: row.id,
      title: row.title,
      evaluator: row.evaluator,
      reportDate: day(row.reportDate),
      sentToParliamentOn: day(row.sentToParliamentOn),
      document: toReference(row.document),
    })),
    planOfAction: toReference(planOfAction),
    previousLetter:
      previousLetter && previousDocument ? { letterDraftId: previousLetter.id, document: previousDocument } : null,
    recommendations,
  } satisfies LetterSnapshot);
}
