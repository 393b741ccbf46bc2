// A download in the matrix is answered but not read; its stream is cancelled and its
// connection (with the backup lock) closes a moment later. The next call waits for that.
import type { PrismaClient } from "@/lib/db-client";
import { BACKUP_LOCK } from "@/lib/backup/download-backup";

export async function waitForNoBackup(prisma: PrismaClient): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const held = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = ${BACKUP_LOCK}::oid AND granted`;
    if (Number(held[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("Een back-up houdt de vergrendeling vast.");
}
