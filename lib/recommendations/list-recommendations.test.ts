import { describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { listRecommendations } from "./list-recommendations";
import { demoUsers } from "@/prisma/seed-data";

const database = setUpSeededDatabase();

describe("listRecommendations", () => {
  it("lists every recommendation in number order with lead organisation, action counts and derived status", async () => {
    const actor = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const list = await listRecommendations({ actor });
    expect(list.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    const first = list[0]!;
    expect(first).toMatchObject({ leadOrganisation: { code: "FIN" }, actionCount: 3, actionsDone: 1, status: "IN_PROGRESS", oecdGrade: "PARTIALLY", isIllustrative: true });
    // Recommendation 2 has a delayed action; recommendation 5's cancelled action is not counted.
    expect(list[1]).toMatchObject({ status: "DELAYED" });
    expect(list[4]).toMatchObject({ actionCount: 2 });
  });

  it("honours a coordinator's override", async () => {
    await database.prisma.recommendation.updateMany({ where: { number: 8 }, data: { statusOverride: "IMPLEMENTED", statusOverrideReason: "Werkafspraak volstaat" } });
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const eighth = (await listRecommendations({ actor })).find((r) => r.number === 8)!;
    expect(eighth).toMatchObject({ status: "IMPLEMENTED", statusOverridden: true, oecdGrade: "FULLY" });
  });

  it("is readable by every role", async () => {
    for (const user of demoUsers) {
      const actor = await actorFor(database, user.email);
      await expect(listRecommendations({ actor })).resolves.toHaveLength(8);
    }
  });
});
