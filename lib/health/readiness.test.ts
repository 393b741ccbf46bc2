// The readiness check and its route on a real, migrated database: ready when all is well;
// not ready when the database is unreachable, lacks a migration of this build, the job
// queue that should run does not, or the server is stopping. A database ahead of the
// build (a newer release's migration) stays ready, for rolling deploys.
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/test/test-database";
import { createPrismaClient } from "@/lib/db-client";
import { checkReadiness, migrationFolders, type ReadinessSources } from "@/lib/health/readiness";
import { GET } from "@/app/api/health/ready/route";

const database = setUpTestDatabase();

function sources(overrides: Partial<ReadinessSources> = {}): ReadinessSources {
  return {
    appliedMigrations: async () => {
      const rows = await database.prisma.$queryRaw<
        { migration_name: string }[]
      >`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
      return rows.map((row) => row.migration_name);
    },
    shippedMigrations: () => migrationFolders(),
    jobState: () => "off",
    draining: () => false,
    ...overrides,
  };
}

describe("checkReadiness", () => {
  it("is ready on a migrated database, with the job queue off or running", async () => {
    expect(await checkReadiness(sources())).toEqual({
      status: "ok",
      checks: { database: "ok", migrations: "ok", jobs: "off" },
    });
    expect((await checkReadiness(sources({ jobState: () => "running" }))).status).toBe("ok");
  });

  it("is not ready when the database lacks a migration this build ships", async () => {
    const shipped = await migrationFolders();
    const readiness = await checkReadiness(
      sources({ shippedMigrations: async () => [...shipped, "29991231000000_future"] }),
    );
    expect(readiness).toEqual({
      status: "unavailable",
      checks: { database: "ok", migrations: "behind", jobs: "off" },
      missingMigrations: 1,
    });
  });

  it("stays ready when the database is ahead of this build (rolling deploy)", async () => {
    const shipped = await migrationFolders();
    const readiness = await checkReadiness(sources({ shippedMigrations: async () => shipped.slice(0, -1) }));
    expect(readiness.status).toBe("ok");
  });

  it("is not ready when the database cannot be reached, and says so without details", async () => {
    const unreachable = createPrismaClient("postgresql://app:geheim@127.0.0.1:1/opvolging");
    try {
      const readiness = await checkReadiness(
        sources({
          appliedMigrations: () =>
            unreachable.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations`.then(
              (rows) => rows.map((row) => row.migration_name),
            ),
        }),
      );
      expect(readiness).toEqual({
        status: "unavailable",
        checks: { database: "unreachable", migrations: "unknown", jobs: "off" },
      });
    } finally {
      await unreachable.$disconnect();
    }
  });

  it("is not ready when the database does not answer in time", async () => {
    const readiness = await checkReadiness(sources({ appliedMigrations: () => new Promise(() => {}), timeoutMs: 50 }));
    expect(readiness.checks.database).toBe("unreachable");
  });

  it("is not ready when the job queue that should run does not, or while the server stops", async () => {
    expect((await checkReadiness(sources({ jobState: () => "failed" }))).checks.jobs).toBe("failed");
    expect((await checkReadiness(sources({ jobState: () => "failed" }))).status).toBe("unavailable");
    expect(await checkReadiness(sources({ draining: () => true }))).toMatchObject({
      status: "unavailable",
      checks: { jobs: "stopping" },
    });
  });
});

describe("GET /api/health/ready", () => {
  it("answers 200, not cached, with codes only", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: "ok", checks: { database: "ok", migrations: "ok", jobs: "off" } });
    for (const secret of ["postgres", "127.0.0.1", process.env.AUTH_SECRET!]) expect(text).not.toContain(secret);
  });

  it("answers 503 when a migration of the build is missing in the database", async () => {
    const [last] = (await migrationFolders()).slice(-1);
    const [row] = await database.prisma.$queryRaw<
      Record<string, unknown>[]
    >`SELECT * FROM _prisma_migrations WHERE migration_name = ${last}`;
    await database.prisma.$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = ${last}`;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: "unavailable",
        checks: { database: "ok", migrations: "behind", jobs: "off" },
        missingMigrations: 1,
      });
    } finally {
      await database.prisma
        .$executeRaw`INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
        VALUES (${row!.id}, ${row!.checksum}, ${row!.finished_at}, ${row!.migration_name}, ${row!.logs}, ${row!.rolled_back_at}, ${row!.started_at}, ${row!.applied_steps_count})`;
    }
  });
});
