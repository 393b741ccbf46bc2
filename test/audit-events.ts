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

/** Runs `work` with the time-stamping trigger off, in one transaction (so no other writer sees it off). */
async function withOwnTimes(
  prisma: PrismaClient,
  work: (tx: Pick<PrismaClient, "$executeRaw" | "$executeRawUnsafe">) => Promise<void>,
): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_stamp_time"`);
      await work(tx);
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "AuditEvent_stamp_time"`);
    },
    // 200,000 rows take a few seconds, many more on a busy machine.
    { timeout: 300_000, maxWait: 60_000 },
  );
}

export async function insertAuditEventsAt(prisma: PrismaClient, events: readonly TestAuditEvent[]): Promise<void> {
  await withOwnTimes(prisma, async (tx) => {
    for (const event of events) {
      await tx.$executeRaw`INSERT INTO "AuditEvent" (id, "actorId", "entityType", "entityId", kind, before, after, "occurredAt")
        VALUES (${event.id}, ${event.actorId}, ${event.entityType}, ${event.entityId}, ${event.kind},
                ${event.before === undefined ? null : JSON.stringify(event.before)}::jsonb,
                ${event.after === undefined ? null : JSON.stringify(event.after)}::jsonb,
                ${event.occurredAt}::timestamptz)`;
    }
  });
}

/**
 * `count` generated events spread over the minutes before `newest`, over the given users,
 * entity types and kinds: a trail the size of years of use, made in a few seconds.
 */
export async function generateAuditEvents(
  prisma: PrismaClient,
  { count, newest = "2023-04-03T10:00:00Z" }: { count: number; newest?: string },
): Promise<void> {
  await withOwnTimes(prisma, async (tx) => {
    await tx.$executeRaw`WITH users AS (SELECT array_agg(id ORDER BY id) AS ids FROM "User")
      INSERT INTO "AuditEvent" (id, "actorId", "entityType", "entityId", kind, before, after, "occurredAt")
      SELECT 'gen-' || n, users.ids[1 + n % cardinality(users.ids)],
             (ARRAY['ActionItem', 'ActionItem', 'SignIn', 'Recommendation', 'User', 'ProgressUpdate'])[1 + n % 6], 'gen-entity-' || (n % 5000),
             (ARRAY['SIGN_IN_SUCCEEDED', 'UPDATE', 'PROGRESS_ADDED', 'STATUS_CHANGED', 'CREATE', 'USER_DEACTIVATED', 'UPDATE'])[1 + n % 7],
             jsonb_build_object('status', 'NOT_STARTED'), jsonb_build_object('status', 'IN_PROGRESS', 'text', 'Gegenereerde voortgang ' || n),
             ${newest}::timestamptz - (n || ' minutes')::interval
      FROM generate_series(1, ${count}::int) AS n, users`;
  });
  await prisma.$executeRawUnsafe(`ANALYZE "AuditEvent"`);
}
