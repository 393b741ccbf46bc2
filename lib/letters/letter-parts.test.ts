import { describe, expect, it } from "vitest";
import type { LetterSection } from "@/lib/letters/letter-content";
import { letterPart } from "./letter-parts";

// Seven sections of 10 characters each: a heading of 5 and a body of 5.
const sections = Array.from({ length: 7 }, (_, index): LetterSection => ({
  key: `s${index + 1}`,
  kind: "text",
  heading: `Kop ${index + 1}`,
  body: "Tekst",
}));
const keys = (part: { sections: LetterSection[] }) => part.sections.map((section) => section.key);

describe("letterPart", () => {
  it("shows a letter within the budget whole, opening and closing it", () => {
    const part = letterPart(sections, {}, 70);
    expect(part).toMatchObject({ number: 1, count: 1, opens: true, closes: true });
    expect(keys(part)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6", "s7"]);
  });

  it("splits a longer letter by the length of its text and shows the part asked for", () => {
    expect(keys(letterPart(sections, {}, 30))).toEqual(["s1", "s2", "s3"]);
    const second = letterPart(sections, { part: "2" }, 30);
    expect(second).toMatchObject({ number: 2, count: 3, opens: false, closes: false });
    expect(keys(second)).toEqual(["s4", "s5", "s6"]);
    const last = letterPart(sections, { part: "3" }, 30);
    expect(last).toMatchObject({ opens: false, closes: true });
    expect(keys(last)).toEqual(["s7"]);
  });

  it("counts a table's cells and gives a section larger than the budget a part of its own", () => {
    const table: LetterSection = {
      key: "tabel",
      kind: "table",
      heading: null,
      columns: ["a", "b"],
      rows: [["x".repeat(40), "y".repeat(40)]],
    };
    const part = letterPart([sections[0]!, table, sections[1]!], { section: "tabel" }, 30);
    expect(part).toMatchObject({ number: 2, count: 3 });
    expect(keys(part)).toEqual(["tabel"]);
  });

  it("shows the part of the section being edited, whatever part is asked for", () => {
    const part = letterPart(sections, { part: "1", section: "s5" }, 30);
    expect(part.number).toBe(2);
    expect(part.partOf("s7")).toBe(3);
  });

  it("falls back to the first or last part for a number that does not fit, and ignores an unknown section", () => {
    expect(letterPart(sections, { part: "x" }, 30).number).toBe(1);
    expect(letterPart(sections, { part: "0" }, 30).number).toBe(1);
    expect(letterPart(sections, { part: "99" }, 30).number).toBe(3);
    expect(letterPart(sections, { section: "briefhoofd" }, 30).number).toBe(1);
    expect(letterPart([], {}, 30)).toMatchObject({ number: 1, count: 1, sections: [] });
  });
});
