// The .docx opened as Word would: unzipped, its document.xml holds every heading (as Heading
// styles), the summary table with a repeating header row, the text with markup turned into
// bold and lists, and user characters escaped; styles.xml sets nl-NL; the footer has PAGE.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { fixtureLetterContent } from "@/test/letter-fixture";
import { renderLetterDocx } from "./render-letter-docx";
import { letterFileName } from "./letter-file-name";

async function open(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/footer\d*\.xml$/.test(name))
      .map(read),
  );
  return {
    names: Object.keys(zip.files),
    document: await read("word/document.xml"),
    styles: await read("word/styles.xml"),
    core: await read("docProps/core.xml"),
    footers,
  };
}

describe("renderLetterDocx", () => {
  const content = fixtureLetterContent({
    sections: [
      ...fixtureLetterContent().sections,
      { key: "tekens", kind: "text", heading: 'Tekens <&> "quote"', body: "Risico's <b>niet</b> & **vet**" },
    ],
  });

  it("writes every section heading in the Heading 2 style and the title in Heading 1", async () => {
    const { document } = await open(await renderLetterDocx(content, "Voortgang opvolging aanbevelingen"));
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>.*?Voortgang opvolging aanbevelingen/s);
    for (const heading of ["Aanleiding", "Aanbeveling 1: Versterk de due diligence", "Overzicht"]) {
      expect(document).toMatch(new RegExp(`<w:pStyle w:val="Heading2"/>(?:(?!</w:p>).)*${heading}`, "s"));
    }
    expect(document).toContain("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal");
    expect(document).toContain("3 april 2023");
    expect(document).toContain("Geachte voorzitter,");
    expect(document).toContain("Hoogachtend,");
  });

  it("has the summary table with a header row that repeats on each page", async () => {
    const { document } = await open(await renderLetterDocx(content, "Brief"));
    const table = document.slice(document.indexOf("<w:tbl>"), document.indexOf("</w:tbl>"));
    expect(table).not.toBe("");
    const firstRow = table.slice(table.indexOf("<w:tr>"), table.indexOf("</w:tr>"));
    expect(firstRow).toContain("<w:tblHeader/>");
    for (const column of [
      "Nr.",
      "Aanbeveling",
      "Verantwoordelijk",
      "Stand van zaken",
      "Status",
      "Vervolgstap en termijn",
    ])
      expect(firstRow).toContain(`>${column}<`);
    expect(table).toContain("gedeeltelijk geïmplementeerd");
    expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });

  it("turns the markup into bold runs and a bulleted list", async () => {
    const { document } = await open(await renderLetterDocx(content, "Brief"));
    expect(document).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*voortgang/s);
    expect(document.match(/<w:numPr>/g)?.length).toBeGreaterThanOrEqual(2);
    expect(document).toContain("eerste punt");
  });

  it("escapes < & > and quotes in text and headings", async () => {
    const { document } = await open(await renderLetterDocx(content, "Brief <&>"));
    expect(document).toContain("Tekens &lt;&amp;&gt;");
    expect(document).toContain("Risico&apos;s &lt;b&gt;niet&lt;/b&gt; &amp; ");
    expect(document).not.toContain("<b>");
  });

  it("sets the language nl-NL, the core properties and Pagina X van Y in the footer", async () => {
    const { styles, core, footers } = await open(await renderLetterDocx(content, "Voortgang opvolging aanbevelingen"));
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
    expect(core).toContain("<dc:title>Voortgang opvolging aanbevelingen</dc:title>");
    expect(core).toContain("<dc:creator>Opvolging</dc:creator>");
    const footer = footers.join("");
    expect(footer).toContain("Pagina ");
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it("names the file after the letter's date", () => {
    expect(letterFileName(content, "docx")).toBe("Kamerbrief-voortgang-anti-omkoping-2023-04-03.docx");
  });
});
