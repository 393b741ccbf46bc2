import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, splitHighlights } from "@/lib/action-items/search-highlights";

describe("splitHighlights", () => {
  it("gives marked and plain parts in order", () => {
    expect(splitHighlights(`${S}Risico${E}kader en ${S}risico${E}`)).toEqual([
      { text: "Risico", marked: true },
      { text: "kader en ", marked: false },
      { text: "risico", marked: true },
    ]);
  });

  it("keeps text plain around an unpaired or empty marker, and HTML as text", () => {
    expect(splitHighlights(`a ${S}b`)).toEqual([{ text: "a b", marked: false }]);
    expect(splitHighlights(`${S}${E}<b>x</b>${E}`)).toEqual([{ text: "<b>x</b>", marked: false }]);
    expect(splitHighlights("")).toEqual([]);
  });
});
