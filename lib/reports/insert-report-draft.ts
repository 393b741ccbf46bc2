// What generating any report kind writes, in the caller's transaction: the report, its
// snapshot, version 1 (GENERATED) composed from it, and the LETTER_GENERATED audit event
// (decision 015: the snapshot is stored, never rebuilt).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db-transaction";
import type { Prisma } from "@/lib/generated/prisma/client.ts";
import { fromCalendarDate, now, type CalendarDate } from "@/lib/clock";
import type { LetterContent } from "@/lib/letters/letter-content";
import type { ReportSnapshot, ReportSubject } from "@/lib/reports/report-snapshot";

export type CreatedLetterDraft = { letterDraftId: string; versionNumber: number };

export async function insertReportDraft(
  tx: Tx,
  actor: Actor,
  report: ReportSubject & {
    title: string;
    peildatum: CalendarDate;
    snapshot: ReportSnapshot;
    content: LetterContent;
    /** What the audit event names besides title, status, version and peildatum. */
    about: Record<string, Prisma.InputJsonValue>;
  },
): Promise<CreatedLetterDraft> {
  // Domain times from the one clock: a report made in the demo of 3 April 2023 is of that day.
  const at = now();
  const letter = await tx.letterDraft.create({
    data: {
      kind: report.kind,
      commitmentId: report.commitmentId,
      evaluationId: report.evaluationId,
      title: report.title,
      status: "DRAFT",
      createdById: actor.id,
      latestVersionNumber: 1,
      createdAt: at,
      updatedAt: at,
    },
    select: { id: true },
  });
  const stored = await tx.letterSnapshot.create({
    data: {
      letterDraftId: letter.id,
      peildatum: fromCalendarDate(report.peildatum),
      data: report.snapshot,
      createdById: actor.id,
      createdAt: at,
    },
    select: { id: true },
  });
  await tx.letterDraft.update({
    where: { id: letter.id },
    data: { snapshotId: stored.id, updatedAt: at },
    select: { id: true },
  });
  await tx.letterDraftVersion.create({
    data: {
      letterDraftId: letter.id,
      versionNumber: 1,
      kind: "GENERATED",
      content: report.content,
      snapshotId: stored.id,
      createdById: actor.id,
      createdAt: at,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    entityType: "LetterDraft",
    entityId: letter.id,
    kind: "LETTER_GENERATED",
    after: {
      title: report.title,
      ...report.about,
      status: "DRAFT",
      latestVersionNumber: 1,
      peildatum: report.peildatum,
    },
  });
  return { letterDraftId: letter.id, versionNumber: 1 };
}
