// The Logboek as CSV, for requests under the Wet open overheid: every event that matches
// the filters, newest first, up to EXPORT_ROW_LIMIT, read in chunks of EXPORT_CHUNK rows
// (keyset on occurredAt and id, so a chunk costs the same at row 90,000 as at row 0). The
// export itself goes into the trail first, with its filters: also an export that fails
// halfway was asked for.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import {
  auditEventOrder,
  auditEventSelect,
  auditEventWhere,
  listOrganisations,
  listPeople,
  type AuditLogEntry,
  type AuditLogOrganisation,
  type AuditLogPerson,
} from "@/lib/audit/list-audit-events";
import { filtersAsParams, type AuditLogFilters } from "@/lib/validation/audit-log-filters";
import type { Prisma } from "@/lib/generated/prisma/client.ts";

export const EXPORT_ROW_LIMIT = 100_000;
export const EXPORT_CHUNK = 2_000;

/** What the export is about in the trail (and in a refused attempt). */
export const AUDIT_EXPORT_TARGET = { entityType: "Database", entityId: "logboek" } as const;

export type AuditExport = {
  people: AuditLogPerson[];
  organisations: AuditLogOrganisation[];
  /** The matching events, newest first, a chunk at a time; the next chunk is read when asked for. */
  chunks: AsyncGenerator<AuditLogEntry[]>;
};

export async function exportAuditEvents(
  { actor, filters }: { actor: Actor; filters: AuditLogFilters },
  { chunkSize = EXPORT_CHUNK, rowLimit = EXPORT_ROW_LIMIT }: { chunkSize?: number; rowLimit?: number } = {},
): Promise<AuditExport> {
  assertCan(actor, "audit:read", AUDIT_EXPORT_TARGET);
  await recordAuditEvent(db(), {
    actorId: actor.id,
    ...AUDIT_EXPORT_TARGET,
    kind: "EXPORTED",
    after: { format: "csv", maxRows: rowLimit, filters: filtersAsParams(filters) },
  });
  const [people, organisations] = await Promise.all([listPeople(), listOrganisations()]);
  return { people, organisations, chunks: readChunks(auditEventWhere(filters), chunkSize, rowLimit) };
}

async function* readChunks(
  where: Prisma.AuditEventWhereInput,
  chunkSize: number,
  rowLimit: number,
): AsyncGenerator<AuditLogEntry[]> {
  let remaining = rowLimit;
  let last: { occurredAt: Date; id: string } | undefined;
  while (remaining > 0) {
    const take = Math.min(chunkSize, remaining);
    const rows = await db().auditEvent.findMany({
      // After the last row read: older, or as old with a smaller id. The `lte` bounds the
      // index scan on occurredAt; the OR settles ties within one millisecond.
      where: last
        ? {
            AND: [
              where,
              { occurredAt: { lte: last.occurredAt } },
              { OR: [{ occurredAt: { lt: last.occurredAt } }, { id: { lt: last.id } }] },
            ],
          }
        : where,
      orderBy: auditEventOrder,
      take,
      select: auditEventSelect,
    });
    if (rows.length > 0) yield rows;
    if (rows.length < take) return;
    remaining -= rows.length;
    last = rows.at(-1);
  }
}
