// "Status vaststellen" and "Vastgestelde status opheffen" against PostgreSQL: only a
// Coördinator, the reason required, one STATUS_OVERRIDDEN event each, and the version check.
import { describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { overrideRecommendationStatus } from "./override-recommendation-status";
import { clearRecommendationStatusOverride } from "./clear-recommendation-status-override";
import {
  ClearRecommendationStatusOverrideSchema,
  OverrideRecommendationStatusSchema,
} from "@/lib/validation/recommendation";
import { createTestRecommendation } from "@/test/factories";

const database = setUpSeededDatabase();

describe("overrideRecommendationStatus", () => {
  it("lets only a Coördinator set the status by hand", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "recommendations:manage",
      prepare: () => createTestRecommendation(database.prisma, { organisation: "ADSB" }),
      run: (actor, recommendation) =>
        overrideRecommendationStatus({
          actor,
          input: { recommendationId: recommendation.id, version: 1, status: "IMPLEMENTED", reason: "Reden." },
        }),
    });
    expect(actual).toEqual(expected);
    expect(actual["COORDINATOR van BZ"]).toBe("allowed");
    expect(actual["READER van FIN"]).toBe("refused");
  });

  it("sets status and reason, raises the version and writes one STATUS_OVERRIDDEN event", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const recommendation = await createTestRecommendation(database.prisma, { organisation: "ADSB" });
    expect(
      await overrideRecommendationStatus({
        actor,
        input: {
          recommendationId: recommendation.id,
          version: 1,
          status: "DELAYED",
          reason: "Wacht op de wetswijziging.",
        },
      }),
    ).toEqual({
      recommendationId: recommendation.id,
      version: 2,
    });
    expect(await database.prisma.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).toMatchObject({
      statusOverride: "DELAYED",
      statusOverrideReason: "Wacht op de wetswijziging.",
      version: 2,
    });
    expect(await database.prisma.auditEvent.findMany({ where: { entityId: recommendation.id } })).toMatchObject([
      {
        kind: "STATUS_OVERRIDDEN",
        entityType: "Recommendation",
        actorId: actor.id,
        before: { statusOverride: null, statusOverrideReason: null },
        after: { statusOverride: "DELAYED", statusOverrideReason: "Wacht op de wetswijziging." },
      },
    ]);
  });

  it("refuses a stale version and changes nothing", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const recommendation = await createTestRecommendation(database.prisma, { organisation: "ADSB" });
    await overrideRecommendationStatus({
      actor,
      input: { recommendationId: recommendation.id, version: 1, status: "DELAYED", reason: "Eerste." },
    });
    await expect(
      overrideRecommendationStatus({
        actor,
        input: { recommendationId: recommendation.id, version: 1, status: "IMPLEMENTED", reason: "Tweede." },
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: {
        conflict: {
          changedBy: "Sanne de Vries",
          changes: expect.arrayContaining([{ field: "statusOverride", before: null, after: "DELAYED" }]),
        },
      },
    });
    expect(await database.prisma.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).toMatchObject({
      statusOverride: "DELAYED",
      version: 2,
    });
  });
});

describe("clearRecommendationStatusOverride", () => {
  it("lets only a Coördinator lift the override", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "recommendations:manage",
      prepare: () =>
        createTestRecommendation(database.prisma, {
          organisation: "ADSB",
          data: { statusOverride: "IMPLEMENTED", statusOverrideReason: "Reden." },
        }),
      run: (actor, recommendation) =>
        clearRecommendationStatusOverride({ actor, input: { recommendationId: recommendation.id, version: 1 } }),
    });
    expect(actual).toEqual(expected);
  });

  it("lifts status and reason, and records what was lifted", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const recommendation = await createTestRecommendation(database.prisma, {
      organisation: "ADSB",
      data: {
        statusOverride: "IMPLEMENTED",
        statusOverrideReason: "Werkafspraak volstaat.",
      },
    });
    await clearRecommendationStatusOverride({ actor, input: { recommendationId: recommendation.id, version: 1 } });
    expect(await database.prisma.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).toMatchObject({
      statusOverride: null,
      statusOverrideReason: null,
      version: 2,
    });
    expect(await database.prisma.auditEvent.findMany({ where: { entityId: recommendation.id } })).toMatchObject([
      {
        kind: "STATUS_OVERRIDDEN",
        before: { statusOverride: "IMPLEMENTED", statusOverrideReason: "Werkafspraak volstaat." },
        after: { statusOverride: null, statusOverrideReason: null },
      },
    ]);
  });

  it("says there is nothing to lift when there is no override, and writes nothing", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const recommendation = await createTestRecommendation(database.prisma, { organisation: "ADSB" });
    await expect(
      clearRecommendationStatusOverride({ actor, input: { recommendationId: recommendation.id, version: 1 } }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "Er is geen vastgestelde status om op te heffen. Er is niets gewijzigd.",
    });
    expect(await database.prisma.auditEvent.count({ where: { entityId: recommendation.id } })).toBe(0);
  });
});

describe("OverrideRecommendationStatusSchema", () => {
  it("asks for a status on the internal scale and a reason, in Dutch", () => {
    const result = OverrideRecommendationStatusSchema.safeParse({
      recommendationId: "r",
      version: "1",
      status: "FULLY",
      reason: "  ",
    });
    expect(Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]))).toEqual({
      status: "Kies een van de mogelijkheden.",
      reason: "Vul de reden in.",
    });
    expect(
      OverrideRecommendationStatusSchema.parse({
        recommendationId: "r",
        version: "4",
        status: "IMPLEMENTED",
        reason: " Klaar. ",
      }),
    ).toEqual({
      recommendationId: "r",
      version: 4,
      status: "IMPLEMENTED",
      reason: "Klaar.",
    });
  });

  it("refuses a form without a version", () => {
    expect(
      ClearRecommendationStatusOverrideSchema.safeParse({ recommendationId: "r", version: "" }).error?.issues[0]
        ?.message,
    ).toBe("Het formulier is verouderd. Laad de pagina opnieuw.");
  });
});
