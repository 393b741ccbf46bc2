// What creating and editing a recommendation share: the evaluation and lead organisation
// the form chose (they must exist), the number (unique per evaluation), and the snapshot
// the audit trail records: field names as in nl.fields, the organisation by its code and
// the evaluation by its title, so a history and a conflict notice read without a lookup.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { Tx } from "@/lib/db-transaction";
import type { CabinetResponse } from "@/lib/generated/prisma/enums.ts";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";

export type RecommendationSnapshot = {
  evaluation: string;
  number: number;
  title: string;
  text: string;
  titleEn: string | null;
  textEn: string | null;
  theme: string;
  cabinetResponse: CabinetResponse;
  leadOrganisation: string;
};

type References = { evaluation: { id: string; title: string }; leadOrganisation: { id: string; code: string } };

/** The chosen evaluation and organisation, or a field error next to the select that chose a missing one. */
export async function resolveReferences(
  tx: Tx,
  input: { evaluationId: string; leadOrganisationId: string },
): Promise<References> {
  const evaluation = await tx.evaluation.findUnique({
    where: { id: input.evaluationId },
    select: { id: true, title: true },
  });
  if (!evaluation) throw fieldError("evaluationId", nl.recommendationDetail.validation.evaluationGone);
  const leadOrganisation = await tx.organisation.findUnique({
    where: { id: input.leadOrganisationId },
    select: { id: true, code: true },
  });
  if (!leadOrganisation) throw fieldError("leadOrganisationId", nl.recommendationDetail.validation.leadGone);
  return { evaluation, leadOrganisation };
}

/** Refuses a number another recommendation of the evaluation already has. */
export async function assertNumberFree(
  tx: Tx,
  { evaluationId, number, exceptId }: { evaluationId: string; number: number; exceptId?: string },
): Promise<void> {
  const taken = await tx.recommendation.findFirst({
    where: { evaluationId, number, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw numberTaken(number);
}

/** The same refusal when a colleague took the number between the check and the write. */
export function rethrowNumberTaken(error: unknown, number: number): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw numberTaken(number);
  throw error;
}

export function snapshotOf(
  fields: Pick<RecommendationSnapshot, "number" | "title" | "text" | "theme" | "cabinetResponse"> & {
    titleEn?: string | null;
    textEn?: string | null;
  },
  references: { evaluation: { title: string }; leadOrganisation: { code: string } },
): RecommendationSnapshot {
  return {
    evaluation: references.evaluation.title,
    number: fields.number,
    title: fields.title,
    text: fields.text,
    titleEn: fields.titleEn ?? null,
    textEn: fields.textEn ?? null,
    theme: fields.theme,
    cabinetResponse: fields.cabinetResponse,
    leadOrganisation: references.leadOrganisation.code,
  };
}

/** Only the fields that differ, as the before and after of an UPDATE event. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } {
  const changed = (Object.keys(after) as (keyof T)[]).filter((field) => before[field] !== after[field]);
  return {
    before: Object.fromEntries(changed.map((field) => [field, before[field]])) as Partial<T>,
    after: Object.fromEntries(changed.map((field) => [field, after[field]])) as Partial<T>,
  };
}

function numberTaken(number: number): AppError {
  return fieldError("number", nl.recommendationDetail.validation.numberTaken(number));
}

function fieldError(field: string, message: string): AppError {
  return new AppError("INVALID", message, { fieldError: { field, message } });
}
