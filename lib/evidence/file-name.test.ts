// The file name as shown and as sent in Content-Disposition, and sizes in Dutch.
import { describe, expect, it } from "vitest";
import { contentDisposition, evidenceFileName, sanitiseFileName } from "@/lib/evidence/file-name";
import { formatFileSize } from "@/lib/evidence/file-size";
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES } from "@/lib/evidence/evidence-file-types";

describe("sanitiseFileName", () => {
  it.each([
    ["verslag.pdf", "verslag.pdf"],
    ["C:\\fakepath\\verslag.pdf", "verslag.pdf"],
    ["../../etc/passwd", "passwd"],
    ["rapport\u202Efdp.exe", "rapportfdp.exe"],
    ["naam\u0000met\u0007controle.pdf", "naammetcontrole.pdf"],
    ['a<b>c:"d"|e?f*.pdf', "a_b_c__d__e_f_.pdf"],
    ["  .verborgen.pdf. ", "verborgen.pdf"],
    ["con.pdf", "_con.pdf"],
    ["Overzicht maatregelen\t2023.xlsx", "Overzicht maatregelen 2023.xlsx"],
    ["...", ""],
  ])("%j → %j", (raw, clean) => {
    expect(sanitiseFileName(raw)).toBe(clean);
  });

  it("shortens a long name to 150 characters, keeping its extension and whole emoji", () => {
    const name = sanitiseFileName(`${"😀".repeat(200)}.pdf`);
    expect(Array.from(name)).toHaveLength(150);
    expect(name.endsWith("😀.pdf")).toBe(true);
  });
});

describe("evidenceFileName", () => {
  it("keeps a name whose extension fits the checked type, in any case", () => {
    expect(evidenceFileName("Verslag.PDF", "application/pdf", "bewijsstuk")).toBe("Verslag.PDF");
    expect(evidenceFileName("foto.jpeg", "image/jpeg", "bewijsstuk")).toBe("foto.jpeg");
  });

  it("adds the checked type's extension where the name says something else or nothing", () => {
    expect(evidenceFileName("scan.png", "application/pdf", "bewijsstuk")).toBe("scan.png.pdf");
    expect(
      evidenceFileName(
        "rapport",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "bewijsstuk",
      ),
    ).toBe("rapport.docx");
    expect(evidenceFileName("\u202E", "image/png", "bewijsstuk")).toBe("bewijsstuk.png");
  });
});

describe("contentDisposition", () => {
  it("is always an attachment, with an ASCII name and the exact name in UTF-8", () => {
    expect(contentDisposition("verslag.pdf")).toBe(`attachment; filename="verslag.pdf"; filename*=UTF-8''verslag.pdf`);
    expect(contentDisposition("Coördinatie één (v2) 100%.docx")).toBe(
      `attachment; filename="Coordinatie een (v2) 100_.docx"; filename*=UTF-8''Co%C3%B6rdinatie%20%C3%A9%C3%A9n%20%28v2%29%20100%25.docx`,
    );
    expect(contentDisposition("l'avis.pdf")).toContain("filename*=UTF-8''l%27avis.pdf");
  });

  it("holds only printable ASCII, so no header can be split or smuggled", () => {
    expect(contentDisposition("日本語\r\nSet-Cookie: x=y.pdf")).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe("formatFileSize", () => {
  it.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [512, "512 bytes"],
    [1024, "1 kB"],
    [348_160, "340 kB"],
    [1_258_291, "1,2 MB"],
    [MAX_EVIDENCE_BYTES, "10 MB"],
  ])("%d bytes → %s", (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it("rounds up against a limit, so one byte over 10 MB never reads as 10 MB", () => {
    expect(formatFileSize(MAX_EVIDENCE_BYTES + 1, { roundUp: true })).toBe("10,1 MB");
    expect(formatFileSize(MAX_EVIDENCE_BYTES + 1)).toBe("10 MB");
  });
});

it("offers the file picker the accepted types and extensions", () => {
  expect(EVIDENCE_ACCEPT).toContain("application/pdf,.pdf");
  expect(EVIDENCE_ACCEPT).toContain(".docx");
  expect(EVIDENCE_ACCEPT).toContain(".jpeg");
});
