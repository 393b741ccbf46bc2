import { describe, expect, it } from "vitest";
import { actionListHref, effectiveSort, parseActionListFilters } from "@/lib/validation/action-list-filters";

describe("action list URL", () => {
  it("writes every filter back with its Dutch name, and reads it back the same", () => {
    const filters = parseActionListFilters({
      zoek: "  maatregelen  ",
      evaluatie: "ev1",
      aanbeveling: "rec1",
      organisatie: "ADSB",
      status: ["DELAYED", "IN_PROGRESS"],
      van: "2023-01-01",
      tot: "2023-06-30",
      "te-laat": "1",
      mijn: "1",
      sorteer: "percentage",
      richting: "af",
      pagina: "3",
    });
    const href = actionListHref(filters);
    expect(href).toBe(
      "/acties?zoek=maatregelen&evaluatie=ev1&aanbeveling=rec1&organisatie=ADSB&status=IN_PROGRESS&status=DELAYED&van=2023-01-01&tot=2023-06-30&te-laat=1&mijn=1&sorteer=percentage&richting=af&pagina=3",
    );
    expect(parseActionListFilters(new URL(href, "http://localhost").searchParams)).toEqual(filters);
  });

  it("leaves out what is at its default", () => {
    expect(
      actionListHref(parseActionListFilters({ zoek: "", organisatie: "", status: [], pagina: "1", van: "" })),
    ).toBe("/acties");
  });

  it("cuts a very long search text instead of refusing it", () => {
    expect(parseActionListFilters({ zoek: "a".repeat(500) }).query).toHaveLength(200);
  });

  it("sorts by relevance only while searching, by the deadline otherwise", () => {
    expect(effectiveSort({})).toEqual({ sort: "dueDate", direction: "asc" });
    expect(effectiveSort({ query: "x" })).toEqual({ sort: "relevance", direction: "desc" });
    expect(effectiveSort({ sort: "relevance" })).toEqual({ sort: "dueDate", direction: "asc" });
    expect(effectiveSort({ query: "x", sort: "title", direction: "desc" })).toEqual({
      sort: "title",
      direction: "desc",
    });
  });
});

describe("control characters in the URL", () => {
  it("never let a NUL or another control character reach the search", () => {
    expect(parseActionListFilters({ zoek: "risico\u0000kader\u0007" }).query).toBe("risico kader");
    expect(parseActionListFilters({ zoek: "\u0000" }).query).toBeUndefined();
  });
});
