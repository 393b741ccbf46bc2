// The data an OECD follow-up report is generated from, read once and frozen
// (oecd-snapshot.ts): the evaluation, all its recommendations by number with their English
// texts and effective status, their actions, each action's latest progress on or before the
// peildatum, and the previous sent report of this kind on the same evaluation. A fixed
// number of statements whatever the size of the evaluation.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { fromCalendarDate, toCalendarDate, type CalendarDate } from "@/lib/calendar-date";
import { reportKind } from "@/lib/reports/report-kinds";
import { OecdSnapshotSchema, type OecdAction, type OecdSnapshot } from "@/lib/reports/oecd-snapshot";
import {
  SNAPSHOT_ACTION_SELECT,
  groupByRecommendation,
  snapshotActionFields,
  snapshotDay as day,
  snapshotRecommendationStatus,
} from "@/lib/reports/snapshot-actions";

export async function buildOecdSnapshot(
  tx: Tx,
  { evaluationId, peildatum }: { evaluationId: string; peildatum: CalendarDate },
): Promise<OecdSnapshot> {
  const peil = fromCalendarDate(peildatum);
  const evaluation = await tx.evaluation.findUnique({
    where: { id: evaluationId },
    select: { id: true, title: true, evaluator: true, reportDate: true },
  });
  const gone = nl.errors.recordGone;
  if (!evaluation) throw new AppError("NOT_FOUND", gone, { fieldError: { field: "evaluationId", message: gone } });
  if (!reportKind("OECD_WGB").mayReportOn(evaluation)) {
    const message = nl.reports.notAnOecdEvaluation;
    throw new AppError("INVALID", message, { fieldError: { field: "evaluationId", message } });
  }

  const [recommendations, actions, latestProgress, previous] = [
    await tx.recommendation.findMany({
      where: { evaluationId },
      orderBy: { number: "asc" },
      select: {
        id: true,
        evaluationId: true,
        number: true,
        title: true,
        text: true,
        titleEn: true,
        textEn: true,
        isIllustrative: true,
        statusOverride: true,
        statusOverrideReason: true,
        leadOrganisation: { select: { code: true } },
      },
    }),
    await tx.actionItem.findMany({
      where: { recommendation: { evaluationId } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      select: { ...SNAPSHOT_ACTION_SELECT, description: true, titleEn: true, descriptionEn: true },
    }),
    await tx.$queryRaw<{ id: string; actionItemId: string; occurredOn: Date; text: string; textEn: string | null }[]>(
      Prisma.sql`
      SELECT DISTINCT ON (p."actionItemId") p.id, p."actionItemId", p."occurredOn", p.text, p."textEn"
        FROM "ProgressUpdate" p
        JOIN "ActionItem" a ON a.id = p."actionItemId"
        JOIN "Recommendation" r ON r.id = a."recommendationId"
       WHERE r."evaluationId" = ${evaluationId} AND p."occurredOn" <= ${peil}::date
       ORDER BY p."actionItemId", p."occurredOn" DESC, p."createdAt" DESC, p.id DESC`,
    ),
    await tx.letterDraft.findFirst({
      where: { kind: "OECD_WGB", evaluationId, status: "SENT", sentOn: { lte: peil } },
      orderBy: [{ sentOn: "desc" }, { updatedAt: "desc" }],
      select: { id: true, sentOn: true },
    }),
  ];

  const progressByAction = new Map(
    latestProgress.map((row) => [
      row.actionItemId,
      { id: row.id, date: toCalendarDate(row.occurredOn), text: row.text, textEn: row.textEn },
    ]),
  );
  const actionsByRecommendation = groupByRecommendation(actions, (action): OecdAction => ({
    ...snapshotActionFields(action, progressByAction.get(action.id) ?? null),
    description: action.description,
    titleEn: action.titleEn,
    descriptionEn: action.descriptionEn,
  }));

  return OecdSnapshotSchema.parse({
    schemaVersion: 1,
    kind: "OECD_WGB",
    peildatum,
    evaluation: {
      id: evaluation.id,
      title: evaluation.title,
      evaluator: evaluation.evaluator,
      reportDate: day(evaluation.reportDate),
    },
    previousReport: previous?.sentOn ? { letterDraftId: previous.id, sentOn: toCalendarDate(previous.sentOn) } : null,
    recommendations: recommendations.map((recommendation) => {
      const recommendationActions = actionsByRecommendation.get(recommendation.id) ?? [];
      return {
        id: recommendation.id,
        evaluationId: recommendation.evaluationId,
        number: recommendation.number,
        title: recommendation.title,
        text: recommendation.text,
        titleEn: recommendation.titleEn,
        textEn: recommendation.textEn,
        illustrative: recommendation.isIllustrative,
        leadOrganisation: recommendation.leadOrganisation.code,
        ...snapshotRecommendationStatus(recommendationActions, recommendation.statusOverride),
        statusOverrideReason: recommendation.statusOverride !== null ? recommendation.statusOverrideReason : null,
        actions: recommendationActions,
      };
    }),
  } satisfies OecdSnapshot);
}
