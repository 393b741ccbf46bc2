// Readiness: 200 when this instance should get traffic, 503 with the failing check
// otherwise (lib/health/readiness.ts). No session needed (proxy.ts); codes only.
import { db } from "@/lib/db";
import { checkReadiness, migrationFolders } from "@/lib/health/readiness";
import { reminderJobState } from "@/lib/jobs/reminder-job";
import { isDraining } from "@/lib/server/shutdown-hooks";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness({
    appliedMigrations: async () => {
      const rows = await db().$queryRaw<
        { migration_name: string }[]
      >`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
      return rows.map((row) => row.migration_name);
    },
    shippedMigrations: () => migrationFolders(),
    jobState: reminderJobState,
    draining: isDraining,
  });
  return Response.json(readiness, {
    status: readiness.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
