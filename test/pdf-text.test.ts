// The test PDF reader against PDFs written by hand: what it must read whichever way a writer
// lays out the resources, so a print test fails on the page, not on the reader.
import { describe, expect, it } from "vitest";
import { pdfText } from "./pdf-text";

/** A PDF of numbered objects (bodies as given; a `stream` entry becomes a stream with its /Length). */
function pdf(objects: Record<number, string | { dictionary: string; stream: string }>): Buffer {
  const body = Object.entries(objects)
    .map(([id, object]) =>
      typeof object === "string"
        ? `${id} 0 obj\n${object}\nendobj\n`
        : `${id} 0 obj\n<< ${object.dictionary} /Length ${object.stream.length} >>\nstream\n${object.stream}\nendstream\nendobj\n`,
    )
    .join("");
  return Buffer.from(`%PDF-1.7\n${body}trailer\n<< /Root 1 0 R >>\n%%EOF\n`, "latin1");
}

const CMAP = {
  dictionary: "",
  stream: "begincmap\n2 beginbfchar\n<0001> <0048>\n<0002> <0069>\nendbfchar\nendcmap",
};
const FONT = "<< /Type /Font /Subtype /Type0 /ToUnicode 8 0 R >>";
const SAYS_HI = { dictionary: "", stream: "BT /F1 12 Tf <00010002> Tj ET" };

describe("pdfText", () => {
  it("reads a page whose fonts sit in the page's resources, inline", () => {
    const text = pdfText(
      pdf({
        3: "<< /Type /Page /Resources << /Font << /F1 7 0 R >> >> /Contents 5 0 R >>",
        5: SAYS_HI,
        7: FONT,
        8: CMAP,
      }),
    );
    expect(text).toBe("Hi");
  });

  it("reads a page whose resources and font dictionary are objects of their own", () => {
    const text = pdfText(
      pdf({
        3: "<< /Type /Page /Resources 4 0 R /Contents [5 0 R] >>",
        4: "<< /Font 6 0 R >>",
        5: SAYS_HI,
        6: "<< /F1 7 0 R >>",
        7: FONT,
        8: CMAP,
      }),
    );
    expect(text).toBe("Hi");
  });

  it("reads text drawn in a form whose forms dictionary is an object of its own", () => {
    const text = pdfText(
      pdf({
        3: "<< /Type/Page /Resources << /XObject 9 0 R /Font << /F1 7 0 R >> >> /Contents 5 0 R >>",
        5: { dictionary: "", stream: "q /X1 Do Q" },
        7: FONT,
        8: CMAP,
        9: "<< /X1 10 0 R >>",
        10: {
          dictionary: "/Type /XObject /Subtype /Form /Resources << /Font << /F1 7 0 R >> >>",
          stream: SAYS_HI.stream,
        },
      }),
    );
    expect(text).toBe("Hi");
  });
});
