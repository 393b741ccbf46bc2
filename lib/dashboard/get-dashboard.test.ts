import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { getDashboard } from "./get-dashboard";
import { DEMO_TODAY } from "@/prisma/seed-data";

const database = setUpSeededDatabase();
beforeEach(() => vi.stubEnv("APP_TODAY", DEMO_TODAY));
afterEach(() => vi.unstubAllEnvs());

describe("smoke", () => {
  it("prints", async () => {
    const actor = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const dashboard = await getDashboard({ actor, filters: {} });
    console.log(JSON.stringify(dashboard, null, 1));
    expect(dashboard).toBeTruthy();
  });
});
