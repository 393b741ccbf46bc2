// The PDF as the server prints it: the fixture letter through the HTML renderer and the
// Chromium the finder picks (CHROMIUM_PATH, the system's, or the npm package's; CI runs it
// once on Debian's and once with CHROMIUM_SOURCE=npm). The text can be read back, and the
// PDF is tagged (StructTreeRoot, MarkInfo Marked true, the language nl). Skipped, with the
// reason, only where no Chromium can be had at all.
import { describe, expect, it } from "vitest";
import { fixtureLetterContent } from "@/test/letter-fixture";
import { pdfText } from "@/test/pdf-text";
import { findChromium } from "@/lib/browser/find-chromium";
import { printHtmlToPdf } from "./print-pdf";
import { escapeHtml, renderLetterHtml } from "./render-letter-html";

describe("renderLetterHtml", () => {
  it("escapes every character a user may type that HTML would read", () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe(
      "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;",
    );
    const html = renderLetterHtml(
      fixtureLetterContent({
        letterhead: { date: "2023-04-03", subject: "<img src=x onerror=alert(1)>", reference: "&amp;" },
      }),
      "Brief </title><script>",
    );
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toContain("&amp;amp;");
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("<title>Brief &lt;/title&gt;&lt;script&gt;</title>");
    expect(html).toContain("<strong>voortgang</strong>");
    expect(html).toContain('<th scope="col">Vervolgstap en termijn</th>');
  });
});

const browser = await findChromium();
if (!browser.found) console.warn(`print-pdf.test.ts: ${browser.reason}; de PDF-test wordt overgeslagen.`);

describe.skipIf(!browser.found)(
  `printHtmlToPdf with the ${browser.found ? browser.source : "missing"} Chromium`,
  () => {
    it(
      "reads back text that Chromium draws as a form XObject (an element with opacity)",
      { timeout: 60_000 },
      async () => {
        const pdf = await printHtmlToPdf(
          '<!doctype html><html lang="nl"><body><p>Gewone tekst</p><p style="opacity: 0.5">Half doorzichtig</p></body></html>',
        );
        expect(pdf.toString("latin1")).toMatch(/\/Subtype \/Form/);
        expect(pdfText(pdf).split("\n")).toEqual(["Gewone tekst", "Half doorzichtig"]);
      },
    );

    it("prints the letter to a tagged PDF whose text can be extracted", { timeout: 60_000 }, async () => {
      const content = fixtureLetterContent();
      const pdf = await printHtmlToPdf(renderLetterHtml(content, "Voortgang opvolging aanbevelingen"));
      const raw = pdf.toString("latin1");
      expect(raw.startsWith("%PDF-")).toBe(true);
      expect(raw).toContain("/StructTreeRoot");
      expect(raw).toMatch(/\/MarkInfo <<\/Type \/MarkInfo\s*\/Marked true>>/);
      expect(raw).toContain("/Lang (nl)");
      expect(raw).toContain("/Title (Voortgang opvolging aanbevelingen)");
      expect(raw).toMatch(/\/MediaBox \[0 0 59[456]\.\d+ 84[12]\.\d+\]/); // A4

      const text = pdfText(pdf).replace(/\s+/g, " ");
      for (const expected of [
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Geachte voorzitter,",
        "Aanleiding",
        "Vervolgstap en termijn",
        "gedeeltelijk geïmplementeerd",
        "Hoogachtend,",
      ]) {
        expect(text).toContain(expected);
      }
    });

    it("prints one at a time when asked twice at once", { timeout: 90_000 }, async () => {
      const html = renderLetterHtml(fixtureLetterContent(), "Brief");
      const [first, second] = await Promise.all([printHtmlToPdf(html), printHtmlToPdf(html)]);
      expect(first.subarray(0, 5).toString()).toBe("%PDF-");
      expect(second.subarray(0, 5).toString()).toBe("%PDF-");
    });
  },
);
