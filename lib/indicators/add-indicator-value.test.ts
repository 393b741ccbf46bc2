// Kengetallen against PostgreSQL: the seeded series as the page lists them, "Waarde
// toevoegen" for the Coördinator only, a year once, its audit event, and the Dutch input.
import { describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { addIndicatorValue } from "./add-indicator-value";
import { listIndicators } from "./list-indicators";
import { AddIndicatorValueSchema, parseDutchDecimal } from "@/lib/validation/indicator";
import { isAppError } from "@/lib/errors";

const database = setUpSeededDatabase();
const coordinator = () => actorFor(database, "coordinator@fin.demo.opvolging.nl");
const indicatorId = async (key: string) => (await database.prisma.indicator.findUniqueOrThrow({ where: { key } })).id;

describe("listIndicators", () => {
  it("lists the seeded series with their years in order, values as numbers and their sources", async () => {
    const reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const indicators = await listIndicators({ actor: reader });
    expect(indicators.map((indicator) => indicator.key)).toEqual(["nieuwe-klanten-adsb", "uitstaande-verplichtingen"]);
    const [clients, obligations] = indicators;
    expect(clients!.values.map((point) => [point.year, point.value])).toEqual([
      [2018, 29],
      [2019, 39],
      [2020, 45],
      [2021, 38],
      [2022, 45],
    ]);
    expect(clients!.values[0]!.source).toContain("tabel 29");
    expect(obligations!.values.map((point) => [point.year, point.value])).toEqual([[2022, 18.8]]);
    expect(obligations!.unit).toBe("€ mld.");
  });
});

describe("addIndicatorValue", () => {
  it("lets only a Coördinator add a value", async () => {
    const id = await indicatorId("nieuwe-klanten-adsb");
    let year = 2100;
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "indicators:manage",
      prepare: async () => year++,
      run: (actor, nextYear) =>
        addIndicatorValue({ actor, input: { indicatorId: id, year: nextYear, value: "1", source: "Test" } }),
    });
    expect(actual).toEqual(expected);
    expect(Object.values(actual).filter((outcome) => outcome === "allowed")).toHaveLength(3);
  });

  it("adds the year with a decimal value exactly, and writes one audit event on the indicator", async () => {
    const actor = await coordinator();
    const id = await indicatorId("uitstaande-verplichtingen");
    const { indicatorValueId } = await addIndicatorValue({
      actor,
      input: AddIndicatorValueSchema.parse({
        indicatorId: id,
        year: "2023",
        value: "19,35",
        source: "Jaarverslag IX 2023",
      }),
    });
    const row = await database.prisma.indicatorValue.findUniqueOrThrow({ where: { id: indicatorValueId } });
    expect({ year: row.year, value: row.value.toString(), source: row.source, version: row.version }).toEqual({
      year: 2023,
      value: "19.35",
      source: "Jaarverslag IX 2023",
      version: 1,
    });
    expect(
      await database.prisma.auditEvent.findMany({
        where: { entityType: "Indicator", entityId: id },
        select: { kind: true, actorId: true, before: true, after: true },
      }),
    ).toEqual([
      {
        kind: "UPDATE",
        actorId: actor.id,
        before: { year: 2023, value: null, source: null },
        after: { year: 2023, value: "19.35", source: "Jaarverslag IX 2023" },
      },
    ]);
    const listed = (await listIndicators({ actor })).find((indicator) => indicator.id === id)!;
    expect(listed.values.map((point) => point.value)).toEqual([18.8, 19.35]);
  });

  it("refuses a year that already has a value, next to the year field, and changes nothing", async () => {
    const actor = await coordinator();
    const id = await indicatorId("nieuwe-klanten-adsb");
    const before = await database.prisma.indicatorValue.count();
    const error = await addIndicatorValue({
      actor,
      input: { indicatorId: id, year: 2022, value: "50", source: "Dubbel" },
    }).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe("INVALID");
    expect(isAppError(error) && error.details.fieldError).toEqual({
      field: "year",
      message: "Voor 2022 is al een waarde ingevoerd. Kies een ander jaar; er is niets opgeslagen.",
    });
    expect(await database.prisma.indicatorValue.count()).toBe(before);
    const seeded = await database.prisma.indicatorValue.findUniqueOrThrow({
      where: { indicatorId_year: { indicatorId: id, year: 2022 } },
    });
    expect(seeded.value.toString()).toBe("45");
  });

  it("lets the unique index decide between two Coördinatoren adding the same year at once", async () => {
    const actor = await coordinator();
    const id = await indicatorId("nieuwe-klanten-adsb");
    const input = { indicatorId: id, year: 2030, value: "7", source: "Gelijktijdig" };
    const outcomes = await Promise.allSettled([
      addIndicatorValue({ actor, input }),
      addIndicatorValue({ actor, input }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(isAppError(refused.reason) && refused.reason.details.fieldError?.field).toBe("year");
  });

  it("says so for an indicator that does not exist", async () => {
    const actor = await coordinator();
    await expect(
      addIndicatorValue({ actor, input: { indicatorId: "bestaat-niet", year: 2023, value: "1", source: "x" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("AddIndicatorValueSchema", () => {
  const messagesOf = (value: Record<string, string>) =>
    Object.fromEntries(
      AddIndicatorValueSchema.safeParse(value).error!.issues.map((issue) => [issue.path.join("."), issue.message]),
    );

  it("asks in Dutch for a year 1900–2200, a value ≥ 0 with two decimals at most, and a source", () => {
    const valueMessage = "Vul een getal in van 0 of meer, met hoogstens twee decimalen, bijvoorbeeld 18,8.";
    const yearMessage = "Vul een jaartal in van 1900 tot en met 2200, bijvoorbeeld 2023.";
    expect(messagesOf({ indicatorId: "x", year: "1899", value: "-1", source: " " })).toEqual({
      year: yearMessage,
      value: valueMessage,
      source: "Vul de bron in.",
    });
    expect(messagesOf({ indicatorId: "x", year: "2201", value: "18,888", source: "b" })).toEqual({
      year: yearMessage,
      value: valueMessage,
    });
    expect(messagesOf({ indicatorId: "x", year: "", value: "", source: "b" })).toEqual({
      year: yearMessage,
      value: valueMessage,
    });
    expect(AddIndicatorValueSchema.parse({ indicatorId: "x", year: " 1900 ", value: "0", source: "b" })).toMatchObject({
      year: 1900,
      value: "0",
    });
    expect(AddIndicatorValueSchema.parse({ indicatorId: "x", year: "2200", value: "18,8", source: "b" })).toMatchObject(
      { year: 2200, value: "18.8" },
    );
  });

  it("reads a value as a Dutch reader types it", () => {
    expect(parseDutchDecimal("18,8")).toBe("18.8");
    expect(parseDutchDecimal(" 18,80 ")).toBe("18.80");
    expect(parseDutchDecimal("18.8")).toBe("18.8");
    expect(parseDutchDecimal("1.234,5")).toBe("1234.5");
    expect(parseDutchDecimal("1.234")).toBe("1234");
    expect(parseDutchDecimal("1 234")).toBe("1234");
    expect(parseDutchDecimal("007")).toBe("7");
    expect(parseDutchDecimal("999999999999,99")).toBe("999999999999.99");
    for (const wrong of ["", "-5", "1,234", "18,", ",5", "1.23.4", "1e3", "abc", "1000000000000"])
      expect(parseDutchDecimal(wrong), wrong).toBeUndefined();
  });
});
