// The generator at a small size: what it refuses, and that two runs give the same rows.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, withDatabaseClient } from "./admin-database.ts";
import { withDatabase } from "./database-url.ts";
import { addLargeData, largeDataSizes } from "./large-data.ts";
import { seedDatabaseAt } from "./prepare-database.ts";
import { uniqueDatabaseName } from "../../test/test-postgres.ts";

const SIZES = largeDataSizes(100);
const made: string[] = [];

async function freshDatabase({ seeded }: { seeded: boolean }): Promise<string> {
  const url = withDatabase(inject("testServerUrl"), uniqueDatabaseName("opvolging_large"));
  await createDatabase(url, { template: inject("templateDatabase") });
  made.push(url);
  if (seeded) await seedDatabaseAt(url, { demo: true });
  return url;
}

/** The generated rows that do not name a seeded row (whose ids differ per database). */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withDatabaseClient(url, async (client) => {
    const { rows } = await client.query<Record<string, string>>(
      `SELECT (SELECT md5(string_agg(concat_ws('|', id, title, description, status, "startDate", "dueDate", "percentDone", "completedOn", "createdAt"), ',' ORDER BY id))
                 FROM "ActionItem" WHERE id LIKE 'gen-%') AS actions,
              (SELECT md5(string_agg(concat_ws('|', id, text, "statusBefore", "statusAfter", "percentDone", "occurredOn", "createdAt", "authorId"), ',' ORDER BY id))
                 FROM "ProgressUpdate" WHERE id LIKE 'gen-%') AS updates,
              (SELECT md5(string_agg(concat_ws('|', e.id, e."entityId", e.kind, e.before, e.after - 'ownerOrganisationId', e."occurredAt", u.email), ',' ORDER BY e.id))
                 FROM "AuditEvent" e LEFT JOIN "User" u ON u.id = e."actorId" WHERE e.id LIKE 'gen-%') AS events`,
    );
    return rows[0]!;
  });
}

afterAll(async () => {
  for (const url of made) await dropDatabase(url);
});

describe("addLargeData", () => {
  it("refuses a database that is not on this machine, before connecting", async () => {
    await expect(addLargeData("postgresql://eigenaar:geheim@db.minfin.example:5432/opvolging", SIZES)).rejects.toThrow(
      /niet-lokale database/,
    );
  });

  it("refuses a database without the demo marker", async () => {
    const url = await freshDatabase({ seeded: false });
    await expect(addLargeData(url, SIZES)).rejects.toThrow(/zonder demomarkering/);
  });

  it("generates the same rows twice, with the audit trail spread in time, and refuses a second run", async () => {
    const first = await freshDatabase({ seeded: true });
    const second = await freshDatabase({ seeded: true });
    const result = await addLargeData(first, SIZES);
    await addLargeData(second, SIZES);

    expect(result.counts).toMatchObject({
      actionItems: 100,
      progressUpdates: 1_000,
      auditEvents: SIZES.auditEvents,
      evidence: SIZES.evidence,
    });
    expect(result.auditTimesSpread).toBe(true);
    expect(await fingerprint(second)).toEqual(await fingerprint(first));
    const times = await withDatabaseClient(first, (client) =>
      client.query<{ earliest: Date; latest: Date }>(
        `SELECT min("occurredAt") AS earliest, max("occurredAt") AS latest FROM "AuditEvent" WHERE id LIKE 'gen-event-%'`,
      ),
    );
    expect(times.rows[0]!.earliest < new Date("2023-01-01")).toBe(true);
    expect(times.rows[0]!.latest < new Date("2023-04-04")).toBe(true);

    await expect(addLargeData(first, SIZES)).rejects.toThrow(/al gegenereerde gegevens/);
  });
});
