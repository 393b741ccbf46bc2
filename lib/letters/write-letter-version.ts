// The one path by which an edit becomes a version (edit a section, the letterhead and
// signatories, restore): load the letter the user saw and its newest text, refuse a locked
// text, then append version n+1, move the letter on (its row version guards against a
// colleague's save in between) and write the audit event, all in the caller's transaction.
import "server-only";
import { now } from "@/lib/clock";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent, type AuditKind } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import type { Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import {
  parseLetterContent,
  type LetterContent,
  type LetterSection,
  type LetterVersionKind,
} from "@/lib/letters/letter-content";
import { isLetterTextEditable } from "@/lib/letters/letter-status";
import type { Prisma } from "@/lib/generated/prisma/client.ts";

export type EditableLetter = {
  id: string;
  version: number;
  latestVersionNumber: number;
  snapshotId: string | null;
  content: LetterContent;
};

/** The result of every edit: the version now newest, and whether anything changed. */
export type SavedLetterVersion = { letterId: string; versionNumber: number; changed: boolean };

/** The letter as the editor may change it, or the refusal: not the coordinator, gone, locked, or a colleague saved first. */
export async function loadEditableLetter(
  tx: Tx,
  actor: Actor,
  { letterId, version }: { letterId: string; version: number },
): Promise<EditableLetter> {
  assertCan(actor, "letters:manage", { entityType: "LetterDraft", entityId: letterId });
  const letter = await tx.letterDraft.findUnique({
    where: { id: letterId },
    select: { id: true, status: true, version: true, latestVersionNumber: true, snapshotId: true },
  });
  if (!letter) throw new AppError("NOT_FOUND", nl.letterEditor.notFound);
  if (!isLetterTextEditable(letter.status))
    throw new AppError("INVALID", nl.letterEditor.lockedError(nl.letterStatus[letter.status]));
  if (letter.version !== version) throw await conflictError(tx, { entityType: "LetterDraft", id: letterId });
  const newest = await tx.letterDraftVersion.findUniqueOrThrow({
    where: { letterDraftId_versionNumber: { letterDraftId: letterId, versionNumber: letter.latestVersionNumber } },
    select: { content: true },
  });
  return {
    id: letter.id,
    version: letter.version,
    latestVersionNumber: letter.latestVersionNumber,
    snapshotId: letter.snapshotId,
    content: parseLetterContent(newest.content),
  };
}

export function sameContent(a: LetterContent, b: LetterContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** How a section is named in a version's note and the audit trail: its heading, or its place. */
export function sectionName(content: LetterContent, section: LetterSection): string {
  return section.heading ?? nl.letterEditor.untitledSection(content.sections.indexOf(section) + 1);
}

export async function appendLetterVersion(
  tx: Tx,
  actor: Actor,
  letter: EditableLetter,
  change: {
    content: LetterContent;
    kind: LetterVersionKind;
    note: string;
    snapshotId: string | null;
    audit: {
      kind: AuditKind;
      before: Record<string, Prisma.InputJsonValue | null>;
      after: Record<string, Prisma.InputJsonValue | null>;
    };
  },
): Promise<SavedLetterVersion> {
  const versionNumber = letter.latestVersionNumber + 1;
  // The clock's time (the demo's day), as generating does, so that versions sort and read alike.
  const at = now();
  await updateVersioned(tx, { entityType: "LetterDraft", id: letter.id, version: letter.version }, (where) =>
    tx.letterDraft.updateMany({
      where,
      data: { latestVersionNumber: versionNumber, snapshotId: change.snapshotId, updatedAt: at, ...nextVersion },
    }),
  );
  await tx.letterDraftVersion.create({
    data: {
      letterDraftId: letter.id,
      versionNumber,
      kind: change.kind,
      note: change.note,
      content: change.content,
      snapshotId: change.snapshotId,
      createdById: actor.id,
      createdAt: at,
    },
  });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    entityType: "LetterDraft",
    entityId: letter.id,
    kind: change.audit.kind,
    before: { ...change.audit.before, versionNumber: letter.latestVersionNumber },
    after: { ...change.audit.after, versionNumber },
  });
  return { letterId: letter.id, versionNumber, changed: true };
}
