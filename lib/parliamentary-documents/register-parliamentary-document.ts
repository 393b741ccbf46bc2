// Registers a sent parliamentary document (a Kamerbrief with its Kamerstuk number) inside the
// caller's transaction, with its CREATE event. A Kamerstuk's dossier and number are unique:
// a second registration is refused next to the number field, also when two save at once.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { fromCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import type { NewParliamentaryDocumentInput } from "@/lib/validation/commitment-outcome";

export type RegisteredDocument = { id: string; label: string };

/** How a document is named in the audit trail and on screen: its Kamerstuk number, else its title. */
export function documentLabel(document: { dossier: string | null; number: string | null; title: string }): string {
  return document.dossier && document.number
    ? nl.commitments.kamerstuk(document.dossier, document.number)
    : document.title;
}

function kamerstukTaken(input: NewParliamentaryDocumentInput): AppError {
  return new AppError("INVALID", nl.forms.checkFields, {
    fieldError: {
      field: "number",
      message: nl.commitments.validation.kamerstukTaken(input.dossier ?? "", input.number ?? ""),
    },
  });
}

export async function registerParliamentaryDocument(
  tx: Tx,
  actor: Actor,
  input: NewParliamentaryDocumentInput,
): Promise<RegisteredDocument> {
  assertCan(actor, "commitments:manage", { entityType: "ParliamentaryDocument", entityId: "nieuw" });
  const dossier = input.dossier ?? null;
  const number = input.number ?? null;
  if (
    dossier &&
    number &&
    (await tx.parliamentaryDocument.findFirst({ where: { dossier, number }, select: { id: true } }))
  )
    throw kamerstukTaken(input);
  const created = await tx.parliamentaryDocument
    .create({
      data: {
        type: input.type,
        dossier,
        number,
        date: fromCalendarDate(input.date),
        title: input.title,
        url: input.url ?? null,
        source: input.source,
      },
      select: { id: true },
    })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw kamerstukTaken(input);
      throw error;
    });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    entityType: "ParliamentaryDocument",
    entityId: created.id,
    kind: "CREATE",
    after: {
      type: input.type,
      dossier,
      number,
      date: input.date,
      title: input.title,
      url: input.url ?? null,
      source: input.source,
    },
  });
  return { id: created.id, label: documentLabel({ dossier, number, title: input.title }) };
}
