// "Bewijsstuk toevoegen" with a file: the permission first (a refused attempt is refused
// whatever it sends), then the file's checks, then the bytes into PostgreSQL (so a backup
// holds them) with an audit event that names the file but never holds its bytes. The file
// is checked (in a worker thread, up to the upload time limit) before the transaction opens,
// so no connection and no lock is held while an untrusted file is read; inside, the action
// and the permission are looked up once more.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { checkEvidenceFile } from "@/lib/evidence/check-evidence-file";
import { findActionForEvidence } from "@/lib/evidence/find-action-for-evidence";

export type AddEvidenceFileInput = { actionItemId: string; title: string; file: File | null };
export type AddedEvidence = { evidenceId: string };

export async function addEvidenceFile(
  { actor, input }: { actor: Actor; input: AddEvidenceFileInput },
  tx?: Tx,
): Promise<AddedEvidence> {
  await findActionForEvidence(tx ?? db(), actor, input.actionItemId);
  const file = await checkEvidenceFile(input.file);
  return withTransaction(tx, async (tx) => {
    const action = await findActionForEvidence(tx, actor, input.actionItemId);
    const evidence = await tx.evidence.create({
      data: {
        actionItemId: action.id,
        kind: "FILE",
        title: input.title,
        fileName: file.fileName,
        mediaType: file.mediaType,
        sizeBytes: file.sizeBytes,
        content: file.bytes,
        addedById: actor.id,
        // The moment the list shows: the clock's, so a demo pinned to 2023 reads 2023.
        createdAt: now(),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Evidence",
      entityId: evidence.id,
      kind: "EVIDENCE_ADDED",
      after: {
        actionItemId: action.id,
        kind: "FILE",
        title: input.title,
        fileName: file.fileName,
        mediaType: file.mediaType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
      },
    });
    return { evidenceId: evidence.id };
  });
}
