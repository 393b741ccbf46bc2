// Optimistic concurrency for every editable row: the write names the version the user saw,
// and bumps it. Zero rows written means a colleague saved first; the user is told who,
// when and what changed (from the audit trail), and nothing of theirs is overwritten.
import "server-only";
import type { Tx } from "@/lib/db-transaction";
import type { AuditEntityType } from "@/lib/audit/record-audit-event";
import { AppError, type ConflictChange, type ConflictDetails } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { formatTimeOfDay } from "@/lib/clock";

export type VersionedTarget = { entityType: AuditEntityType; id: string; version: number };

/** Spread into the `data` of the write: every versioned write raises the version by one. */
export const nextVersion = { version: { increment: 1 } } as const;

/**
 * Runs `write` with `where: { id, version }`; throws CONFLICT (with the colleague's change)
 * when no row matched. `write` must spread `nextVersion` into its data.
 *
 *   await updateVersioned(tx, { entityType: "ActionItem", id, version }, (where) =>
 *     tx.actionItem.updateMany({ where, data: { status, ...nextVersion } }));
 */
export async function updateVersioned(
  tx: Tx,
  target: VersionedTarget,
  write: (where: { id: string; version: number }) => Promise<{ count: number }>,
): Promise<void> {
  const { count } = await write({ id: target.id, version: target.version });
  if (count === 1) return;
  throw await conflictError(tx, target);
}

/** The CONFLICT error for a row whose version moved on: who changed it last, when, and what. */
export async function conflictError(tx: Tx, target: Pick<VersionedTarget, "entityType" | "id">): Promise<AppError> {
  const latest = await tx.auditEvent.findFirst({
    where: { entityType: target.entityType, entityId: target.id, kind: { not: "PERMISSION_REFUSED" } },
    orderBy: { occurredAt: "desc" },
    select: { occurredAt: true, before: true, after: true, actor: { select: { name: true } } },
  });
  if (!latest) return new AppError("NOT_FOUND", nl.errors.recordGone);
  const conflict: ConflictDetails = {
    changedBy: latest.actor?.name ?? null,
    changedAt: latest.occurredAt,
    changes: changedFields(latest.before, latest.after),
  };
  return new AppError(
    "CONFLICT",
    nl.errors.conflict(conflict.changedBy ?? nl.errors.unknownColleague, formatTimeOfDay(latest.occurredAt)),
    { conflict },
  );
}

function changedFields(before: unknown, after: unknown): ConflictChange[] {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = new Set([...Object.keys(from), ...Object.keys(to)]);
  return [...fields]
    .filter((field) => field !== "version" && JSON.stringify(from[field]) !== JSON.stringify(to[field]))
    .map((field) => ({ field, before: from[field] ?? null, after: to[field] ?? null }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
