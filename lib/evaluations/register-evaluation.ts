// "Evaluatie registreren" (Coördinator): a further evaluation to follow beside the others.
// Its recommendations are then added one by one with the recommendation form.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { fromCalendarDate } from "@/lib/clock";
import type { RegisterEvaluationInput } from "@/lib/validation/evaluation";

export type RegisteredEvaluation = { evaluationId: string };

export async function registerEvaluation(
  { actor, input }: { actor: Actor; input: RegisterEvaluationInput },
  tx?: Tx,
): Promise<RegisteredEvaluation> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "evaluations:manage");
    const created = await tx.evaluation.create({
      data: {
        title: input.title,
        periodEvaluated: input.periodEvaluated,
        evaluator: input.evaluator,
        reportDate: fromCalendarDate(input.reportDate),
        sentToParliamentOn: input.sentToParliamentOn ? fromCalendarDate(input.sentToParliamentOn) : null,
        source: input.source,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Evaluation",
      entityId: created.id,
      kind: "CREATE",
      after: {
        title: input.title,
        periodEvaluated: input.periodEvaluated,
        evaluator: input.evaluator,
        reportDate: input.reportDate,
        sentToParliamentOn: input.sentToParliamentOn ?? null,
        source: input.source,
      },
    });
    return { evaluationId: created.id };
  });
}
