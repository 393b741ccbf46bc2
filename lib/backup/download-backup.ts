// The Beheerder's download of a backup (/beheer/back-up/downloaden): the same archive as
// `npm run backup`, streamed from its own database connection (one snapshot, never the
// whole database in memory). Only a Beheerder: the file holds every person's data, the
// password hashes and all evidence. Each download is in the audit trail before the first
// byte leaves. One backup at a time across all instances: each holds a connection and a
// long snapshot. The lock is a transaction-level advisory lock taken first in the backup's
// own snapshot transaction, so it ends with that transaction (finished, failed, abandoned or
// the connection lost) and also holds behind a pooler in transaction mode.
import "server-only";
import { nodeReadableToWeb } from "@/lib/streams/node-readable-to-web";
import pg from "pg";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { now } from "@/lib/clock";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { UTC_SESSION_OPTIONS } from "@/lib/utc-session";
import { BACKUP_TRANSACTION_SQL, backupArchiveStream } from "@/lib/backup/write-backup";
import { backupFileName } from "@/lib/backup/backup-format";
import { BusyError } from "@/lib/overload/busy-error";
import { nl } from "@/lib/i18n/nl";

/** The audit trail's subject of a download: the database as a whole. */
export const BACKUP_AUDIT_TARGET = { entityType: "Database", entityId: "back-up" } as const;

/** The advisory lock a running backup download holds in its snapshot transaction. */
export const BACKUP_LOCK = 72_846_131;
/** A backup of a large database takes minutes; the page says "straks". */
export const BACKUP_RETRY_AFTER_SECONDS = 120;

export type BackupDownload = { fileName: string; body: ReadableStream<Uint8Array> };

export async function startBackupDownload({ actor }: { actor: Actor }): Promise<BackupDownload> {
  assertCan(actor, "backup:download", BACKUP_AUDIT_TARGET);
  const createdAt = now();
  const fileName = backupFileName(createdAt);
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL, options: UTC_SESSION_OPTIONS });
  // A connection lost mid-download fails the stream through its query; no crash besides.
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query(BACKUP_TRANSACTION_SQL);
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_xact_lock($1) AS locked", [
      BACKUP_LOCK,
    ]);
    if (!rows[0]?.locked) throw new BusyError(nl.overload.backupRunning, BACKUP_RETRY_AFTER_SECONDS);
    await recordAuditEvent(db(), {
      actorId: actor.id,
      ...BACKUP_AUDIT_TARGET,
      kind: "BACKUP_DOWNLOADED",
      after: { fileName },
    });
  } catch (error) {
    await client.end();
    throw error;
  }
  const archive = backupArchiveStream(client, { createdAt, transactionStarted: true });
  // Finished, failed or abandoned by the browser: the connection goes with the stream.
  archive.once("close", () => void client.end().catch(() => {}));
  return { fileName, body: nodeReadableToWeb(archive) };
}

/** What the page shows: the migration the download will belong to. */
export async function getBackupOverview({ actor }: { actor: Actor }): Promise<{ latestMigration: string | null }> {
  assertCan(actor, "backup:download", BACKUP_AUDIT_TARGET);
  const rows = await db().$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
     ORDER BY migration_name DESC LIMIT 1`;
  return { latestMigration: rows[0]?.name ?? null };
}
