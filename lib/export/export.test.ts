import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "@/lib/export/neutralise-formula";
import { csvLines, csvStart, toCsv } from "@/lib/export/to-csv";

describe("neutraliseFormula", () => {
  it.each(["=SUM(A1:A2)", "+31 70 123", "-1", "@cmd", "\t=1", "\r=1"])("neutralises %j", (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it("leaves ordinary text alone", () => {
    expect(neutraliseFormula("Risicokader opstellen")).toBe("Risicokader opstellen");
    expect(neutraliseFormula("")).toBe("");
  });
});

describe("toCsv", () => {
  it("writes a BOM, semicolons, CRLF, quotes where needed and Dutch decimals", () => {
    const csv = toCsv(
      ["Titel", "Percentage"],
      [
        ['Plan; deel "A"', 12.5],
        ['=HYPERLINK("x")', null],
      ],
    );
    expect(csv).toBe('\uFEFFTitel;Percentage\r\n"Plan; deel ""A""";12,5\r\n"\'=HYPERLINK(""x"")";\r\n');
  });
});

describe("csvStart and csvLines", () => {
  it("written one after the other give what toCsv gives at once", () => {
    const rows = [
      ['Plan; deel "A"', 12.5],
      ["=1+1", null],
    ] as const;
    expect(csvStart(["Titel", "Percentage"]) + csvLines(rows.slice(0, 1)) + csvLines(rows.slice(1))).toBe(
      toCsv(["Titel", "Percentage"], rows),
    );
  });
});
