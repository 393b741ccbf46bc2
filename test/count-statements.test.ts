import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { countStatements } from "@/test/count-statements";
import { listRecommendations } from "@/lib/recommendations/list-recommendations";

const database = setUpSeededDatabase();

describe("countStatements", () => {
  it("counts the SQL statements domain code sends through lib/db.ts", async () => {
    const actor = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const { statements, result } = await countStatements(database.url, () => listRecommendations({ actor }));
    expect(result.length).toBeGreaterThan(0);
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThan(10);
  });
});
