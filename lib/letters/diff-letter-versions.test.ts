// The word diff between two versions: words added and removed, a section added and one
// removed (each shown where it stands), a table row changed, and the parts outside the
// sections (letterhead, signing).
import { describe, expect, it } from "vitest";
import {
  diffLetterVersions,
  diffText,
  type PartDiff,
  type TablePartDiff,
  type TextPartDiff,
} from "@/lib/letters/diff-letter-versions";
import type { LetterContent } from "@/lib/letters/letter-content";
import { fixtureLetterContent } from "@/test/letter-fixture";

const base = fixtureLetterContent();

function withSections(sections: LetterContent["sections"], overrides: Partial<LetterContent> = {}): LetterContent {
  return { ...base, ...overrides, sections };
}

function part(diff: { parts: PartDiff[] }, key: string): PartDiff {
  const found = diff.parts.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`geen deel ${key}`);
  return found;
}

const joined = (parts: { text: string; change: string }[], change: string) =>
  parts
    .filter((p) => p.change === change)
    .map((p) => p.text.trim())
    .join(" ");

describe("diffLetterVersions", () => {
  it("finds nothing between a version and itself", () => {
    const diff = diffLetterVersions(base, base);
    expect(diff.changedCount).toBe(0);
    expect(diff.parts.every((p) => p.change === "unchanged")).toBe(true);
    // letterhead, four sections, signing
    expect(diff.parts.map((p) => p.key)).toEqual([
      "briefhoofd",
      "aanleiding",
      "aanbeveling-fixture",
      "samenvatting",
      "afsluiting",
      "ondertekening",
    ]);
  });

  it("shows the words added and removed in a text section, compared without markup", () => {
    const changed = withSections(
      base.sections.map((s) =>
        s.key === "aanbeveling-fixture" && s.kind === "text"
          ? { ...s, body: "De stand van zaken is **uitstekend** en tijdig." }
          : s,
      ),
    );
    const diff = diffLetterVersions(base, changed);
    expect(diff.changedCount).toBe(1);
    const section = part(diff, "aanbeveling-fixture") as TextPartDiff;
    expect(section.change).toBe("changed");
    expect(joined(section.bodyParts, "removed")).toBe("goed");
    expect(joined(section.bodyParts, "added")).toBe("uitstekend en tijdig");
    expect(joined(section.bodyParts, "same")).toContain("De stand van zaken is");
    // Only bold added: the words are the same.
    const bolded = withSections(
      base.sections.map((s) =>
        s.key === "afsluiting" && s.kind === "text" ? { ...s, body: "Ik houd uw Kamer **op de hoogte**." } : s,
      ),
    );
    expect(diffLetterVersions(base, bolded).changedCount).toBe(0);
  });

  it("shows a heading change beside the body", () => {
    const renamed = withSections(
      base.sections.map((s) => (s.key === "aanleiding" ? { ...s, heading: "Aanleiding en doel" } : s)),
    );
    const section = part(diffLetterVersions(base, renamed), "aanleiding") as TextPartDiff;
    expect(section.change).toBe("changed");
    expect(joined(section.headingParts!, "added")).toBe("en doel");
  });

  it("shows an added section whole, and a removed one where it stood", () => {
    const added = { key: "nieuw", kind: "text" as const, heading: "Vervolg", body: "Een nieuwe alinea." };
    const changed = withSections([base.sections[0]!, added, base.sections[2]!, base.sections[3]!]);
    const diff = diffLetterVersions(base, changed);
    expect(diff.parts.map((p) => [p.key, p.change])).toEqual([
      ["briefhoofd", "unchanged"],
      ["aanleiding", "unchanged"],
      ["aanbeveling-fixture", "removed"],
      ["nieuw", "added"],
      ["samenvatting", "unchanged"],
      ["afsluiting", "unchanged"],
      ["ondertekening", "unchanged"],
    ]);
    expect((part(diff, "nieuw") as TextPartDiff).bodyParts).toEqual([{ text: "Een nieuwe alinea.", change: "added" }]);
    expect((part(diff, "aanbeveling-fixture") as TextPartDiff).bodyParts).toEqual([
      { text: "De stand van zaken is goed.", change: "removed" },
    ]);
  });

  it("compares the summary table row by row: a changed row, an added row", () => {
    const table = base.sections[2]!;
    if (table.kind !== "table") throw new Error("tabel verwacht");
    const changed = withSections(
      base.sections.map((s) =>
        s === table
          ? {
              ...table,
              rows: [
                ["1", "Versterk de due diligence", "ADSB", "Afgerond", "volledig geïmplementeerd", "Geen"],
                ["2", "Train medewerkers", "FIN", "Loopt", "gedeeltelijk geïmplementeerd", "1 september 2023"],
              ],
            }
          : s,
      ),
    );
    const diff = part(diffLetterVersions(base, changed), "samenvatting") as TablePartDiff;
    expect(diff.change).toBe("changed");
    expect(diff.rows.map((row) => row.change)).toEqual(["changed", "added"]);
    expect(joined(diff.rows[0]!.parts, "removed")).toContain("Loopt");
    expect(joined(diff.rows[0]!.parts, "added")).toContain("Afgerond");
    expect(joined(diff.rows[0]!.parts, "same")).toContain("Versterk de due diligence");
    expect(diff.rows[1]!.parts).toEqual([
      {
        text: "2 | Train medewerkers | FIN | Loopt | gedeeltelijk geïmplementeerd | 1 september 2023",
        change: "added",
      },
    ]);
  });

  it("compares the letterhead and the signatories", () => {
    const changed = withSections(base.sections, {
      letterhead: { ...base.letterhead, date: "2023-04-04" },
      signatories: [{ title: "de staatssecretaris van Financiën", name: "M.L.A. van Rij" }],
    });
    const diff = diffLetterVersions(base, changed);
    const letterhead = part(diff, "briefhoofd") as TextPartDiff;
    expect(joined(letterhead.bodyParts, "removed")).toContain("3");
    expect(joined(letterhead.bodyParts, "added")).toContain("4");
    expect(joined((part(diff, "ondertekening") as TextPartDiff).bodyParts, "added")).toContain("van Rij");
  });
});

describe("diffText", () => {
  it("keeps every character: the parts joined give the old text without the added, and the new without the removed", () => {
    const before = "Het kabinet neemt de aanbeveling over.\nDe uitvoering loopt.";
    const after = "Het kabinet neemt de aanbeveling gedeeltelijk over.\nDe uitvoering is afgerond.";
    const parts = diffText(before, after);
    expect(
      parts
        .filter((p) => p.change !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.change !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe(after);
  });
});
