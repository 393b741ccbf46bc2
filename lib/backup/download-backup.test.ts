// The download on /beheer/back-up through its route handler, with only the session mocked:
// the Beheerder gets the whole archive (the same format as npm run backup) and the download
// is in the audit trail; every other role gets a 403, also audited. Only a POST from the
// app's own page starts it, and one backup runs at a time. (The authorization matrix,
// test/authorization/backup.rows.ts, covers every role too.)
import { describe, expect, it, vi } from "vitest";
import { gunzipSync } from "node:zlib";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import type { Actor } from "@/lib/auth/actor";
import { waitForNoBackup } from "@/test/authorization/wait-for-no-backup";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/require-user", () => ({
  getActor: async () => session.actor,
  requireUser: async () => session.actor,
}));

const route = await import("@/app/(app)/beheer/back-up/downloaden/route");
const database = setUpSeededDatabase();

/** The form's POST, as the browser sends it from /beheer/back-up. */
const fromOurPage = () =>
  new Request("http://localhost:3000/beheer/back-up/downloaden", {
    method: "POST",
    headers: { origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin" },
  });
const POST = (request: Request = fromOurPage()) => route.POST(request);

describe("POST /beheer/back-up/downloaden", () => {
  it("streams the whole archive to the Beheerder and records the download", async () => {
    session.actor = await actorFor(database, "beheerder@fin.demo.opvolging.nl");
    const response = await POST();
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
      const response = await POST();
      expect(response.status).toBe(403);
      expect(await response.text()).toBe("U heeft geen toestemming voor deze handeling.");
      expect(
        await database.prisma.auditEvent.count({
          where: { kind: "PERMISSION_REFUSED", actorId: session.actor.id, entityType: "Database" },
        }),
      ).toBe(1);
    }
    session.actor = null;
    expect((await POST()).status).toBe(401);
  });

  it("answers only a POST, and refuses one from another site (audited), starting nothing", async () => {
    expect("GET" in route).toBe(false);
    session.actor = await actorFor(database, "beheerder@fin.demo.opvolging.nl");
    const before = await database.prisma.auditEvent.count({ where: { kind: "BACKUP_DOWNLOADED" } });
    const forged: Record<string, string>[] = [
      { origin: "https://elders.example", host: "localhost:3000", "sec-fetch-site": "cross-site" },
      { origin: "https://elders.example", host: "localhost:3000" },
      { host: "localhost:3000", "sec-fetch-site": "same-site" },
      { host: "localhost:3000" },
    ];
    for (const headers of forged) {
      const response = await POST(
        new Request("http://localhost:3000/beheer/back-up/downloaden", { method: "POST", headers }),
      );
      expect(response.status).toBe(403);
    }
    expect(await database.prisma.auditEvent.count({ where: { kind: "BACKUP_DOWNLOADED" } })).toBe(before);
    expect(
      await database.prisma.auditEvent.count({
        where: { kind: "PERMISSION_REFUSED", actorId: session.actor.id, entityType: "Database" },
      }),
    ).toBe(forged.length);
  });

  it("runs one backup at a time: a second while one streams gets 503 with Retry-After", async () => {
    session.actor = await actorFor(database, "beheerder@fin.demo.opvolging.nl");
    // A database larger than the stream's buffers (a few MB that do not compress), so that the
    // first backup holds its snapshot until it is read: the demo data alone fits in the buffers
    // and may be written out, ending its transaction, before the second request arrives.
    await database.prisma.$executeRaw`
      INSERT INTO "AuditEvent" (id, "entityType", "entityId", kind, after)
      SELECT 'groot-' || n, 'Database', 'vulling', 'FILLER',
             jsonb_build_object('tekst', (SELECT string_agg(md5(n::text || '-' || k::text), '') FROM generate_series(1, 64) AS k))
        FROM generate_series(1, 2000) AS n`;
    await waitForNoBackup(database.prisma);
    const first = await POST();
    expect(first.status).toBe(200);
    const second = await POST();
    expect(second.status).toBe(503);
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await second.text()).toContain("Er loopt al een back-up; probeer het straks opnieuw.");
    // The first finishes; its lock goes with its connection, and the next may start.
    await first.arrayBuffer();
    await waitForNoBackup(database.prisma);
    const third = await POST();
    expect(third.status).toBe(200);
    await third.arrayBuffer();
  });
});
