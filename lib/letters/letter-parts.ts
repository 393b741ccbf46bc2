// A long letter on screen a part at a time: its text is HTML and RSC data at once (a letter of
// 50 recommendations was 550 kB per view), so the letter page shows a few sections and a list
// of contents with every section's heading. ?sectie=<key> (the "Bewerken" link) shows the part
// holding that section; ?deel=<n> a part by number; anything else the first. The PDF and the
// .docx stay whole.
import type { LetterSection } from "@/lib/letters/letter-content";
import { PageNumberSchema } from "@/lib/validation/pagination";

export const LETTER_SECTIONS_PER_PART = 8;

export type LetterPart = {
  /** 1-based. */
  number: number;
  count: number;
  sections: LetterSection[];
  opens: boolean;
  closes: boolean;
  /** The part that holds each section, by key. */
  partOf: (key: string) => number;
};

export function letterPart(
  sections: readonly LetterSection[],
  wanted: { part?: string; section?: string },
  perPart = LETTER_SECTIONS_PER_PART,
): LetterPart {
  const count = Math.max(1, Math.ceil(sections.length / perPart));
  const indexOf = new Map(sections.map((section, index) => [section.key, index]));
  const partOf = (key: string) => Math.floor((indexOf.get(key) ?? 0) / perPart) + 1;
  const number =
    wanted.section !== undefined && indexOf.has(wanted.section)
      ? partOf(wanted.section)
      : Math.min(PageNumberSchema.parse(wanted.part), count);
  return {
    number,
    count,
    sections: sections.slice((number - 1) * perPart, number * perPart),
    opens: number === 1,
    closes: number === count,
    partOf,
  };
}
