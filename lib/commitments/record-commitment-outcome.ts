// "Status van de toezegging vastleggen" (Coördinator): voldaan or deels voldaan with the sent
// document (chosen, or registered here in the same transaction), or open / vervallen without
// one. Version-checked; one STATUS_CHANGED event with the status and the document before and
// after, and a CREATE event for a newly registered document.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums.ts";
import {
  documentLabel,
  registerParliamentaryDocument,
} from "@/lib/parliamentary-documents/register-parliamentary-document";
import type { RecordCommitmentOutcomeInput } from "@/lib/validation/commitment-outcome";

export type RecordedCommitmentOutcome = {
  commitmentId: string;
  status: CommitmentStatus;
  documentId: string | null;
  version: number;
};

export async function recordCommitmentOutcome(
  { actor, input }: { actor: Actor; input: RecordCommitmentOutcomeInput },
  tx?: Tx,
): Promise<RecordedCommitmentOutcome> {
  return withTransaction(tx, async (tx) => {
    const id = input.commitmentId;
    assertCan(actor, "commitments:manage", { entityType: "Commitment", entityId: id });
    const current = await tx.commitment.findUnique({
      where: { id },
      select: {
        status: true,
        version: true,
        fulfilledByDocument: { select: { id: true, dossier: true, number: true, title: true } },
      },
    });
    if (!current) throw new AppError("NOT_FOUND", nl.commitments.notFound);
    if (current.version !== input.version) throw await conflictError(tx, { entityType: "Commitment", id });

    let document: { id: string; label: string } | null = null;
    if (input.document.kind === "existing") {
      const found = await tx.parliamentaryDocument.findUnique({
        where: { id: input.document.id },
        select: { id: true, dossier: true, number: true, title: true },
      });
      if (!found)
        throw new AppError("INVALID", nl.forms.checkFields, {
          fieldError: { field: "documentId", message: nl.commitments.validation.documentGone },
        });
      document = { id: found.id, label: documentLabel(found) };
    } else if (input.document.kind === "new") {
      document = await registerParliamentaryDocument(tx, actor, input.document.document);
    }

    const before = {
      status: current.status,
      fulfilledByDocument: current.fulfilledByDocument ? documentLabel(current.fulfilledByDocument) : null,
    };
    const after = { status: input.status, fulfilledByDocument: document?.label ?? null };
    if (before.status === after.status && (current.fulfilledByDocument?.id ?? null) === (document?.id ?? null)) {
      return { commitmentId: id, status: current.status, documentId: document?.id ?? null, version: current.version };
    }
    await updateVersioned(tx, { entityType: "Commitment", id, version: input.version }, (where) =>
      tx.commitment.updateMany({
        where,
        data: { status: input.status, fulfilledByDocumentId: document?.id ?? null, ...nextVersion },
      }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Commitment",
      entityId: id,
      kind: "STATUS_CHANGED",
      before,
      after,
    });
    return { commitmentId: id, status: input.status, documentId: document?.id ?? null, version: input.version + 1 };
  });
}
