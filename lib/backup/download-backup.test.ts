// The download on /beheer/back-up through its route handler, with only the session mocked:
// the Beheerder gets the whole archive (the same format as npm run backup) and the download
// is in the audit trail; every other role gets a 403, also audited. (The authorization
// matrix, test/authorization/backup.rows.ts, covers every role too.)
import { describe, expect, it, vi } from "vitest";
import { gunzipSync } from "node:zlib";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import type { Actor } from "@/lib/auth/actor";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/require-user", () => ({
  getActor: async () => session.actor,
  requireUser: async () => session.actor,
}));

const { GET } = await import("@/app/(app)/beheer/back-up/downloaden/route");
const database = setUpSeededDatabase();

describe("GET /beheer/back-up/downloaden", () => {
  it("streams the whole archive to the Beheerder and records the download", async () => {
    session.actor = await actorFor(database, "beheerder@fin.demo.opvolging.nl");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/gzip");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="opvolging-backup-.*\.jsonl\.gz"$/,
    );
    const lines = gunzipSync(Buffer.from(await response.arrayBuffer()))
      .toString("utf8")
      .trimEnd()
      .split("\n");
    expect(lines[0]).toMatch(/^\["header",\{"format":"opvolging-backup"/);
    const [, manifest] = JSON.parse(lines.at(-1)!);
    expect(manifest.tableSummaries.find((table: { table: string }) => table.table === "User").rows).toBe(
      await database.prisma.user.count(),
    );
    const events = await database.prisma.auditEvent.findMany({
      where: { kind: "BACKUP_DOWNLOADED", actorId: session.actor.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "Database", entityId: "back-up" });
  });

  it("refuses every other role with a 403, in the audit trail, and without a session a 401", async () => {
    for (const email of ["coordinator@fin.demo.opvolging.nl", "lezer@bz.demo.opvolging.nl"]) {
      session.actor = await actorFor(database, email);
      const response = await GET();
      expect(response.status).toBe(403);
      expect(await response.text()).toBe("U heeft geen toestemming voor deze handeling.");
      expect(
        await database.prisma.auditEvent.count({
          where: { kind: "PERMISSION_REFUSED", actorId: session.actor.id, entityType: "Database" },
        }),
      ).toBe(1);
    }
    session.actor = null;
    expect((await GET()).status).toBe(401);
  });
});
