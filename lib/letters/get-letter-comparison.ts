// The data of "Wat is er veranderd": this letter's current snapshot and the snapshot of the
// previous sent letter's newest version (the letter the snapshot names), compared. Two
// statements whatever the size of the letters; the read rule is the header's.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getLetterHeader } from "@/lib/letters/get-letter-header";
import type { DocumentReference } from "@/lib/letters/letter-snapshot";
import { parseReportSnapshot, type ReportSnapshot } from "@/lib/reports/report-snapshot";
import { nl } from "@/lib/i18n/nl";
import { compareLetterSnapshots, type LetterComparison } from "@/lib/letters/compare-letter-snapshots";

export type LetterComparisonPage =
  | { kind: "no-snapshot" }
  | {
      kind: "compared";
      /** "first": no previous sent letter; "missing": named, but its data is not there. */
      previous: { kind: "letter"; document: DocumentReference } | { kind: "first" } | { kind: "missing" };
      comparison: LetterComparison;
    };

/** Null when the letter does not exist or the actor may not read it (yet). */
export async function getLetterComparison({
  actor,
  id,
}: {
  actor: Actor;
  id: string;
}): Promise<LetterComparisonPage | null> {
  const header = await getLetterHeader(actor, id);
  if (!header) return null;
  const letter = await db().letterDraft.findUnique({ where: { id }, select: { snapshot: { select: { data: true } } } });
  if (!letter?.snapshot) return { kind: "no-snapshot" };
  const current = parseReportSnapshot(letter.snapshot.data);
  const named = previousOf(current);
  if (!named)
    return { kind: "compared", previous: { kind: "first" }, comparison: compareLetterSnapshots(null, current) };

  const newest = await db().letterDraftVersion.findFirst({
    where: { letterDraftId: named.letterDraftId },
    orderBy: { versionNumber: "desc" },
    select: { snapshot: { select: { data: true } } },
  });
  if (!newest?.snapshot)
    return { kind: "compared", previous: { kind: "missing" }, comparison: compareLetterSnapshots(null, current) };
  return {
    kind: "compared",
    previous: { kind: "letter", document: named.document },
    comparison: compareLetterSnapshots(parseReportSnapshot(newest.snapshot.data), current),
  };
}

/** The previous sent report of the same kind, as a document to name: a Kamerstuk, or the OECD report of its day. */
function previousOf(snapshot: ReportSnapshot): { letterDraftId: string; document: DocumentReference } | null {
  if ("kind" in snapshot && snapshot.kind === "OECD_WGB") {
    const previous = snapshot.previousReport;
    return previous
      ? {
          letterDraftId: previous.letterDraftId,
          document: {
            id: previous.letterDraftId,
            title: nl.reports.previousReportName,
            date: previous.sentOn,
            dossier: null,
            number: null,
          },
        }
      : null;
  }
  return "previousLetter" in snapshot ? snapshot.previousLetter : null;
}
