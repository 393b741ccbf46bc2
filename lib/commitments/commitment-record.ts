// One commitment record, read and written. Reading: the select and the row mapping that the
// list and the detail page share. Writing (create and edit): the records the form names must
// exist, and the commitment as the audit trail keeps it (field names as in nl.fields,
// references by their readable value: a Kamerstuk by its number, recommendations by number
// and title).
import "server-only";
import type { Tx } from "@/lib/db-transaction";
import { toCalendarDate, type CalendarDate } from "@/lib/clock";
import type { CommitmentOrigin, CommitmentStatus, DocumentType } from "@/lib/generated/prisma/enums.ts";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { documentLabel } from "@/lib/parliamentary-documents/register-parliamentary-document";
import type { CreateCommitmentInput } from "@/lib/validation/commitment";

const messages = nl.commitments.validation;

// ---------------------------------------------------------------- reading

export type DocumentSummary = {
  id: string;
  label: string;
  title: string;
  date: CalendarDate;
  type: DocumentType;
  url: string | null;
};

export const documentSelect = {
  id: true,
  dossier: true,
  number: true,
  title: true,
  date: true,
  type: true,
  url: true,
} as const;

export type DocumentRow = {
  id: string;
  dossier: string | null;
  number: string | null;
  title: string;
  date: Date;
  type: DocumentType;
  url: string | null;
};

export function toDocumentSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    label: documentLabel(row),
    title: row.title,
    date: toCalendarDate(row.date),
    type: row.type,
    url: row.url,
  };
}

/** A commitment's own fields and documents, as the list and the detail page show them. */
export type CommitmentFields = {
  id: string;
  title: string;
  originalWording: string;
  dueDate: CalendarDate;
  origin: CommitmentOrigin;
  originDocument: DocumentSummary | null;
  originDescription: string | null;
  responsibleMinister: string;
  status: CommitmentStatus;
  fulfilledByDocument: DocumentSummary | null;
  isIllustrative: boolean;
};

/** The Prisma select for CommitmentFields; each page adds its own recommendations (and more). */
export const commitmentFieldsSelect = {
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
  fulfilledByDocument: { select: documentSelect },
} as const;

type CommitmentFieldsRow = Omit<CommitmentFields, "dueDate" | "originDocument" | "fulfilledByDocument"> & {
  dueDate: Date;
  originDocument: DocumentRow | null;
  fulfilledByDocument: DocumentRow | null;
};

export function toCommitmentFields(row: CommitmentFieldsRow): CommitmentFields {
  return {
    id: row.id,
    title: row.title,
    originalWording: row.originalWording,
    dueDate: toCalendarDate(row.dueDate),
    origin: row.origin,
    originDocument: row.originDocument ? toDocumentSummary(row.originDocument) : null,
    originDescription: row.originDescription,
    responsibleMinister: row.responsibleMinister,
    status: row.status,
    fulfilledByDocument: row.fulfilledByDocument ? toDocumentSummary(row.fulfilledByDocument) : null,
    isIllustrative: row.isIllustrative,
  };
}

// ---------------------------------------------------------------- writing

export type CommitmentReferences = {
  originDocument: { id: string; label: string } | null;
  recommendations: { id: string; label: string }[];
};

function fieldError(field: string, message: string): AppError {
  return new AppError("INVALID", nl.forms.checkFields, { fieldError: { field, message } });
}

export async function resolveReferences(tx: Tx, input: CreateCommitmentInput): Promise<CommitmentReferences> {
  const wantsDocument = input.origin === "PARLIAMENTARY_DOCUMENT" && input.originDocumentId;
  const [document, recommendations] = await Promise.all([
    wantsDocument
      ? tx.parliamentaryDocument.findUnique({
          where: { id: input.originDocumentId },
          select: { id: true, dossier: true, number: true, title: true },
        })
      : null,
    input.recommendationIds.length === 0
      ? []
      : tx.recommendation.findMany({
          where: { id: { in: input.recommendationIds } },
          orderBy: [{ evaluation: { title: "asc" } }, { number: "asc" }],
          select: { id: true, number: true, title: true },
        }),
  ]);
  if (wantsDocument && !document) throw fieldError("originDocumentId", messages.originDocumentGone);
  if (recommendations.length !== new Set(input.recommendationIds).size)
    throw fieldError("recommendationIds", messages.recommendationGone);
  return {
    originDocument: document ? { id: document.id, label: documentLabel(document) } : null,
    recommendations: recommendations.map((recommendation) => ({
      id: recommendation.id,
      label: `${recommendation.number}. ${recommendation.title}`,
    })),
  };
}

export type CommitmentSnapshot = Record<string, string | null>;

/** The commitment's editable fields as the audit trail shows them. */
export function snapshotOf(
  fields: {
    title: string;
    originalWording: string;
    dueDate: string;
    origin: string;
    originDescription?: string | null;
    responsibleMinister: string;
    source: string;
  },
  references: { originDocument: { label: string } | null; recommendations: { label: string }[] },
): CommitmentSnapshot {
  return {
    title: fields.title,
    originalWording: fields.originalWording,
    dueDate: fields.dueDate,
    origin: fields.origin,
    originDocument: references.originDocument?.label ?? null,
    originDescription: fields.originDescription ?? null,
    responsibleMinister: fields.responsibleMinister,
    source: fields.source,
    recommendations: references.recommendations.map((recommendation) => recommendation.label).join("; ") || null,
  };
}

/** Only the fields that differ, before and after. */
export function changedFields(
  before: CommitmentSnapshot,
  after: CommitmentSnapshot,
): { before: CommitmentSnapshot; after: CommitmentSnapshot } {
  const changed = Object.keys(after).filter((field) => before[field] !== after[field]);
  return {
    before: Object.fromEntries(changed.map((field) => [field, before[field] ?? null])),
    after: Object.fromEntries(changed.map((field) => [field, after[field] ?? null])),
  };
}
