// What every page of one Kamerbrief shows above its tabs: title, status, the commitment it
// fulfils, the newest version, the sent document, and what the actor may do with it.
// One statement. Null when the letter does not exist or the actor may not read it yet
// (a concept is the coordinator's working text: lib/letters/letter-status.ts).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import type { LetterStatus, ReportKind } from "@/lib/generated/prisma/enums.ts";
import { acceptsRemarks, canReadLetter, isLetterTextEditable } from "@/lib/letters/letter-status";
import { toCalendarDate, type CalendarDate } from "@/lib/clock";

export type LetterHeader = {
  id: string;
  title: string;
  status: LetterStatus;
  /** The row version for optimistic concurrency of workflow steps and edits. */
  version: number;
  latestVersionNumber: number;
  updatedAt: Date;
  kind: ReportKind;
  /** What it reports on: a Kamerbrief's commitment, or the OECD report's evaluation (lib/reports/report-kinds.ts). */
  commitment: { id: string; title: string; originalWording: string; dueDate: CalendarDate } | null;
  evaluation: { id: string; title: string } | null;
  /** The day an OECD report was sent (a Kamerbrief's is its Kamerstuk's date). */
  sentOn: CalendarDate | null;
  sentDocument: { id: string; dossier: string | null; number: string | null; date: CalendarDate; title: string } | null;
  may: { manage: boolean; editText: boolean; remark: boolean };
};

// Positional arguments, so that React's cache (keyed on argument identity) serves the layout and the page
// with one read: the actor is the same object for the whole request (lib/auth/require-user.ts).
export const getLetterHeader = cache(async function getLetterHeader(
  actor: Actor,
  id: string,
): Promise<LetterHeader | null> {
  assertCan(actor, "letters:read");
  const row = await db().letterDraft.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      latestVersionNumber: true,
      updatedAt: true,
      kind: true,
      sentOn: true,
      evaluation: { select: { id: true, title: true } },
      commitment: { select: { id: true, title: true, originalWording: true, dueDate: true } },
      sentDocument: { select: { id: true, dossier: true, number: true, date: true, title: true } },
    },
  });
  if (!row || !canReadLetter(actor, row.status)) return null;
  const manage = can(actor, "letters:manage");
  return {
    ...row,
    commitment: row.commitment && { ...row.commitment, dueDate: toCalendarDate(row.commitment.dueDate) },
    sentOn: row.sentOn ? toCalendarDate(row.sentOn) : null,
    sentDocument: row.sentDocument && { ...row.sentDocument, date: toCalendarDate(row.sentDocument.date) },
    may: {
      manage,
      editText: manage && isLetterTextEditable(row.status),
      remark: can(actor, "letters:remark") && acceptsRemarks(row.status),
    },
  };
});
