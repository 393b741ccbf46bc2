// A download of a Kamerbrief (Word or PDF) is a disclosure worth knowing about: one
// LETTER_DOWNLOADED event with the format and the version, written after the file was made.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

export async function recordLetterDownload(
  actor: Actor,
  letter: { id: string; versionNumber: number },
  format: "docx" | "pdf",
): Promise<void> {
  await recordAuditEvent(db(), {
    actorId: actor.id,
    entityType: "LetterDraft",
    entityId: letter.id,
    kind: "LETTER_DOWNLOADED",
    after: { format, versionNumber: letter.versionNumber },
  });
}
