import { describe, expect, it } from "vitest";
import { escapeMarkup, markupToPlainText, parseInline, parseMarkup } from "./letter-markup";

describe("letter markup", () => {
  it("splits paragraphs on blank lines and keeps single line breaks", () => {
    expect(parseMarkup("Eerste regel\ntweede regel\n\nNieuwe alinea")).toEqual([
      { kind: "paragraph", lines: [[{ text: "Eerste regel", bold: false }], [{ text: "tweede regel", bold: false }]] },
      { kind: "paragraph", lines: [[{ text: "Nieuwe alinea", bold: false }]] },
    ]);
  });

  it("reads a block of dash or asterisk lines as a list", () => {
    expect(parseMarkup("- een\n* **twee**")).toEqual([
      { kind: "list", items: [[{ text: "een", bold: false }], [{ text: "twee", bold: true }]] },
    ]);
  });

  it("makes **text** bold and leaves an unpaired ** and other characters alone", () => {
    expect(parseInline("a **b** c ** d <e> & f_g")).toEqual([
      { text: "a ", bold: false },
      { text: "b", bold: true },
      { text: " c ** d <e> & f_g", bold: false },
    ]);
    expect(parseInline("****")).toEqual([{ text: "****", bold: false }]);
  });

  it("treats Windows line ends and whitespace-only lines as line breaks and blank lines", () => {
    expect(parseMarkup("a\r\n \r\nb")).toHaveLength(2);
    expect(parseMarkup("  \n\n ")).toEqual([]);
  });

  it("gives plain text without markup", () => {
    expect(markupToPlainText("**Vet** en niet\n\n- punt")).toBe("Vet en niet\n\n- punt");
  });

  it("escapes user text so that a ** in it stays literal", () => {
    const title = "Risico's **niet** onderschatten";
    expect(parseInline(`**Aanbeveling:** ${escapeMarkup(title)}`).filter((run) => run.bold)).toEqual([
      { text: "Aanbeveling:", bold: true },
    ]);
  });
});
