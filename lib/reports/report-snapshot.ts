// One report's data and text by its kind (report-kinds.ts): the snapshot builder and the
// composer that go with a Kamerbrief (a commitment) or the OECD report (an evaluation), so
// that generating, regenerating and comparing need not know which kind they hold.
import "server-only";
import type { Tx } from "@/lib/db-transaction";
import type { CalendarDate } from "@/lib/calendar-date";
import type { ReportKind } from "@/lib/generated/prisma/enums.ts";
import type { LetterContent } from "@/lib/letters/letter-content";
import { buildLetterSnapshot } from "@/lib/letters/build-letter-snapshot";
import { composeLetter } from "@/lib/letters/compose-letter";
import { parseLetterSnapshot, type LetterSnapshot } from "@/lib/letters/letter-snapshot";
import { buildOecdSnapshot } from "@/lib/reports/build-oecd-snapshot";
import { composeOecdReport } from "@/lib/reports/compose-oecd-report";
import { isOecdSnapshotData, parseOecdSnapshot, type OecdSnapshot } from "@/lib/reports/oecd-snapshot";

export type ReportSnapshot = LetterSnapshot | OecdSnapshot;

export type ReportSubject = { kind: ReportKind; commitmentId: string | null; evaluationId: string | null };

export async function buildReportSnapshot(
  tx: Tx,
  subject: ReportSubject,
  peildatum: CalendarDate,
): Promise<ReportSnapshot> {
  if (subject.kind === "OECD_WGB") return buildOecdSnapshot(tx, { evaluationId: subject.evaluationId!, peildatum });
  return buildLetterSnapshot(tx, { commitmentId: subject.commitmentId!, peildatum });
}

/** The text from a snapshot; a regenerated version keeps the report's own reference and signatories. */
export function composeReport(
  snapshot: ReportSnapshot,
  kept?: Pick<LetterContent, "letterhead" | "signatories"> | null,
): LetterContent {
  if ("kind" in snapshot && snapshot.kind === "OECD_WGB")
    return composeOecdReport(snapshot, { reference: kept?.letterhead.reference });
  return composeLetter(snapshot as LetterSnapshot, {
    reference: kept?.letterhead.reference,
    signatories: kept?.signatories,
  });
}

/** Reads a stored snapshot of either kind. */
export function parseReportSnapshot(data: unknown): ReportSnapshot {
  return isOecdSnapshotData(data) ? parseOecdSnapshot(data) : parseLetterSnapshot(data);
}

/** The sent report a snapshot names as its predecessor, for "Wat is er veranderd". */
export function previousReportOf(snapshot: ReportSnapshot): string | null {
  if ("kind" in snapshot && snapshot.kind === "OECD_WGB") return snapshot.previousReport?.letterDraftId ?? null;
  return (snapshot as LetterSnapshot).previousLetter?.letterDraftId ?? null;
}
