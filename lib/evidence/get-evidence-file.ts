// One evidence file for the download route: only a file, only of the action in the
// address, only while not removed. Every signed-in role may read actions, so every role
// may download; each download is written to the audit trail (who read which file).
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

export type EvidenceFile = { fileName: string; mediaType: string; content: Uint8Array<ArrayBuffer> };

export async function getEvidenceFile({
  actor,
  actionItemId,
  evidenceId,
}: {
  actor: Actor;
  actionItemId: string;
  evidenceId: string;
}): Promise<EvidenceFile | null> {
  assertCan(actor, "recommendations:read", { entityType: "Evidence", entityId: evidenceId });
  const evidence = await db().evidence.findFirst({
    where: { id: evidenceId, actionItemId, kind: "FILE", removedAt: null },
    select: { id: true, fileName: true, mediaType: true, content: true },
  });
  if (!evidence?.content || !evidence.fileName || !evidence.mediaType) return null;
  await recordAuditEvent(db(), {
    actorId: actor.id,
    entityType: "Evidence",
    entityId: evidence.id,
    kind: "EVIDENCE_DOWNLOADED",
    after: { actionItemId, fileName: evidence.fileName },
  });
  return { fileName: evidence.fileName, mediaType: evidence.mediaType, content: evidence.content };
}
