// The history of one record from the audit trail: its own events and those of the records
// that belong to it (for an action: its deadline changes, evidence and progress updates),
// newest first, at most HISTORY_SIZE, in one query. A refused attempt is shown only to who
// may read the audit trail (Coördinator, Beheerder).
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import type { AuditEntityType } from "@/lib/audit/record-audit-event";

export const HISTORY_SIZE = 50;

/** A record's parts whose events belong to its history: table and the column naming the parent. A closed list: these go into SQL as identifiers. */
const PARTS: Partial<Record<AuditEntityType, { entityType: AuditEntityType; table: string; parentColumn: string }[]>> =
  {
    ActionItem: [
      { entityType: "DeadlineChange", table: "DeadlineChange", parentColumn: "actionItemId" },
      { entityType: "Evidence", table: "Evidence", parentColumn: "actionItemId" },
      { entityType: "ProgressUpdate", table: "ProgressUpdate", parentColumn: "actionItemId" },
    ],
  };

export type HistoryChange = { field: string; before?: unknown; after: unknown };

export type HistoryEntry = {
  id: string;
  who: string | null;
  when: Date;
  kind: string;
  /** The record the event is about: the subject itself or one of its parts. */
  entityType: string;
  /** Fields with a value before (→ changed) or only after (set, or the reason given). */
  changes: HistoryChange[];
};

export type EntityHistory = { entries: HistoryEntry[]; more: boolean };

type Row = {
  id: string;
  kind: string;
  entityType: string;
  before: unknown;
  after: unknown;
  occurredAt: Date;
  actorName: string | null;
};

export async function listEntityHistory({
  actor,
  entityType,
  entityId,
}: {
  actor: Actor;
  entityType: AuditEntityType;
  entityId: string;
}): Promise<EntityHistory> {
  assertCan(actor, "recommendations:read");
  const ofParts = (PARTS[entityType] ?? []).map(
    (part) =>
      // = ANY(ARRAY(subquery)): each arm is an index lookup on (entityType, entityId, occurredAt).
      Prisma.sql`OR (e."entityType" = ${part.entityType} AND e."entityId" = ANY (ARRAY(SELECT p."id" FROM ${Prisma.raw(`"${part.table}"`)} p WHERE p.${Prisma.raw(`"${part.parentColumn}"`)} = ${entityId})))`,
  );
  const includeRefusals = can(actor, "audit:read");
  const rows = await db().$queryRaw<Row[]>`
    SELECT e."id", e."kind", e."entityType", e."before", e."after", e."occurredAt", u."name" AS "actorName"
      FROM "AuditEvent" e
      LEFT JOIN "User" u ON u."id" = e."actorId"
     WHERE ((e."entityType" = ${entityType} AND e."entityId" = ${entityId}) ${ofParts.length > 0 ? Prisma.join(ofParts, " ") : Prisma.empty})
       AND (${includeRefusals} OR e."kind" <> 'PERMISSION_REFUSED')
     ORDER BY e."occurredAt" DESC, e."id" DESC
     LIMIT ${HISTORY_SIZE + 1}`;
  return {
    entries: rows.slice(0, HISTORY_SIZE).map((row) => ({
      id: row.id,
      who: row.actorName,
      when: row.occurredAt,
      kind: row.kind,
      entityType: row.entityType,
      changes: row.kind === "PERMISSION_REFUSED" ? [] : changesOf(row.before, row.after),
    })),
    more: rows.length > HISTORY_SIZE,
  };
}

function changesOf(before: unknown, after: unknown): HistoryChange[] {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  // The changed fields first, then what was only set (a text, a reason); jsonb keeps keys in its own order.
  // A field a creation left empty (an optional English text) was not set, and is not listed.
  const changed = Object.keys(from).filter((field) => field !== "version");
  const set = Object.keys(to).filter((field) => field !== "version" && !(field in from) && to[field] !== null);
  return [
    ...changed.map((field) => ({ field, before: from[field], after: to[field] ?? null })),
    ...set.map((field) => ({ field, after: to[field] })),
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
