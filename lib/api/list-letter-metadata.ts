// The API's /letters: one page of Kamerbrieven as metadata only (never the text), newest
// first, under the letters' read rule (lib/letters/letter-status.ts): the coordinator sees
// every letter, everyone else a letter from "ter review" on. Two statements.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { canReadLetter } from "@/lib/letters/letter-status";
import { toDocumentSummary, type DocumentSummary } from "@/lib/commitments/commitment-record";
import { pageWindow } from "@/lib/validation/pagination";
import type { LetterStatus, ReportKind } from "@/lib/generated/prisma/enums.ts";

export const LETTER_METADATA_PAGE_SIZE = 50;

export type LetterMetadata = {
  id: string;
  title: string;
  status: LetterStatus;
  kind: ReportKind;
  /** A Kamerbrief's commitment; null for the OECD report, which has an evaluation. */
  commitmentId: string | null;
  evaluationId: string | null;
  latestVersionNumber: number;
  sentDocument: DocumentSummary | null;
  createdAt: Date;
  updatedAt: Date;
};

export async function listLetterMetadata({ actor, page: requested = 1 }: { actor: Actor; page?: number }) {
  assertCan(actor, "letters:read");
  // The same rule as canReadLetter, as a filter: a concept only for whoever manages letters.
  const where = can(actor, "letters:manage") ? {} : { status: { not: "DRAFT" as const } };
  const total = await db().letterDraft.count({ where });
  const { page, pageCount, skip, take } = pageWindow(requested, total, LETTER_METADATA_PAGE_SIZE);
  const rows = await db().letterDraft.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      title: true,
      status: true,
      kind: true,
      commitmentId: true,
      evaluationId: true,
      latestVersionNumber: true,
      createdAt: true,
      updatedAt: true,
      sentDocument: {
        select: { id: true, dossier: true, number: true, title: true, date: true, type: true, url: true },
      },
    },
  });
  const items: LetterMetadata[] = rows
    // The filter above already holds the rule; this keeps the two from drifting apart unseen.
    .filter((row) => canReadLetter(actor, row.status))
    .map(({ sentDocument, ...row }) => ({
      ...row,
      sentDocument: sentDocument ? toDocumentSummary(sentDocument) : null,
    }));
  return { items, total, page, pageCount, pageSize: LETTER_METADATA_PAGE_SIZE };
}
