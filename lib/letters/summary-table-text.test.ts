// The summary table as textarea text and back, with a Dutch message per wrong line.
import { describe, expect, it } from "vitest";
import { parseTableText, tableRowsToText } from "@/lib/letters/summary-table-text";

describe("summary table text", () => {
  it("round-trips rows as lines with cells separated by ' | '", () => {
    const rows = [
      ["1", "Versterk de due diligence", "ADSB", "Loopt", "gedeeltelijk", "1 juli 2023"],
      ["2", "Train", "FIN", "", "niet", ""],
    ];
    const text = tableRowsToText(rows);
    expect(text).toBe(
      "1 | Versterk de due diligence | ADSB | Loopt | gedeeltelijk | 1 juli 2023\n2 | Train | FIN |  | niet | ",
    );
    expect(parseTableText(text, 6)).toEqual({ ok: true, rows });
    expect(parseTableText(text.replace("\n", "\r\n\r\n"), 6)).toEqual({ ok: true, rows });
  });

  it("names each line with the wrong number of cells, as the user counts lines", () => {
    expect(parseTableText("1 | a | b | c | d | e\n\n3 | a | b\n4 | a | b | c | d | e | f", 6)).toEqual({
      ok: false,
      message:
        "Regel 3 heeft 3 cellen in plaats van 6. Regel 4 heeft 7 cellen in plaats van 6. Scheid de cellen met “ | ”.",
    });
    expect(parseTableText("alleen tekst", 6)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Regel 1 heeft 1 cel in plaats van 6."),
    });
    expect(parseTableText("  \n ", 6)).toEqual({ ok: false, message: "Vul ten minste één regel in." });
  });

  it("turns a | inside a cell into / so the line keeps its cells", () => {
    expect(tableRowsToText([["1", "a|b"]])).toBe("1 | a/b");
  });
});
