// Audit events at chosen moments, for tests of the Logboek's period filter and order. The
// database stamps every event with its own now() (an ALWAYS trigger); a test database's
// owner may switch that trigger off for the length of one transaction, and only here.
import type { PrismaClient } from "@/lib/db-client";

export type TestAuditEvent = {
  id: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  kind: string;
  before?: unknown;
  after?: unknown;
  /** An ISO instant, e.g. "2019-03-30T23:00:00.000Z". */
  occurredAt: string;
};

export async function insertAuditEventsAt(prisma: PrismaClient, events: readonly TestAuditEvent[]): Promise<void> {
  await prisma.$transaction([
    prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_stamp_time"`),
    ...events.map((event) =>
      prisma.$executeRaw`INSERT INTO "AuditEvent" (id, "actorId", "entityType", "entityId", kind, before, after, "occurredAt")
        VALUES (${event.id}, ${event.actorId}, ${event.entityType}, ${event.entityId}, ${event.kind},
                ${event.before === undefined ? null : JSON.stringify(event.before)}::jsonb,
                ${event.after === undefined ? null : JSON.stringify(event.after)}::jsonb,
                ${event.occurredAt}::timestamptz)`,
    ),
    prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "AuditEvent_stamp_time"`),
  ]);
}

/**
 * `count` generated events spread over the minutes before `newest`, over the given users,
 * entity types and kinds: a trail the size of years of use, made in a few seconds.
 */
export async function generateAuditEvents(prisma: PrismaClient, { count, newest = "2023-04-03T10:00:00Z" }: { count: number; newest?: string }): Promise<void> {
  await prisma.$transaction([
    prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_stamp_time"`),
    prisma.$executeRaw`WITH users AS (SELECT array_agg(id ORDER BY id) AS ids FROM "User")
      INSERT INTO "AuditEvent" (id, "actorId", "entityType", "entityId", kind, before, after, "occurredAt")
      SELECT 'gen-' || n, users.ids[1 + n % cardinality(users.ids)],
             (ARRAY['ActionItem', 'ActionItem', 'SignIn', 'Recommendation', 'User', 'ProgressUpdate'])[1 + n % 6], 'gen-entity-' || (n % 5000),
             (ARRAY['SIGN_IN_SUCCEEDED', 'UPDATE', 'PROGRESS_ADDED', 'STATUS_CHANGED', 'CREATE', 'USER_DEACTIVATED', 'UPDATE'])[1 + n % 7],
             jsonb_build_object('status', 'NOT_STARTED'), jsonb_build_object('status', 'IN_PROGRESS', 'text', 'Gegenereerde voortgang ' || n),
             ${newest}::timestamptz - (n || ' minutes')::interval
      FROM generate_series(1, ${count}::int) AS n, users`,
    prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "AuditEvent_stamp_time"`),
  ]);
  await prisma.$executeRawUnsafe(`ANALYZE "AuditEvent"`);
}
