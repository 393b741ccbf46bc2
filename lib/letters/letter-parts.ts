// A long letter on screen a part at a time: its text is HTML and RSC data at once (a letter of
// 50 recommendations and 500 actions was 550 kB per view), so the letter page shows the
// sections that fit in LETTER_PART_CHARACTERS of text and a list of contents with every
// section's heading. A letter of that size or less shows whole, as before. ?sectie=<key>
// (the "Bewerken" link) shows the part holding that section; ?deel=<n> a part by number;
// anything else the first. The PDF and the .docx stay whole.
import type { LetterSection } from "@/lib/letters/letter-content";
import { PageNumberSchema } from "@/lib/validation/pagination";

/** With its markup and sent twice (HTML and RSC data), a part of this much text stays under 200 kB a view. */
export const LETTER_PART_CHARACTERS = 30_000;

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

function textLength(section: LetterSection): number {
  const body =
    section.kind === "text" ? section.body.length : section.rows.flat().reduce((sum, cell) => sum + cell.length, 0);
  return (section.heading?.length ?? 0) + body;
}

/** The sections split into parts in order, each part up to `budget` characters (a larger section alone). */
function splitIntoParts(sections: readonly LetterSection[], budget: number): LetterSection[][] {
  const parts: LetterSection[][] = [[]];
  let used = 0;
  for (const section of sections) {
    const length = textLength(section);
    if (used + length > budget && parts.at(-1)!.length > 0) {
      parts.push([]);
      used = 0;
    }
    parts.at(-1)!.push(section);
    used += length;
  }
  return parts;
}

export function letterPart(
  sections: readonly LetterSection[],
  wanted: { part?: string; section?: string },
  budget = LETTER_PART_CHARACTERS,
): LetterPart {
  const parts = splitIntoParts(sections, budget);
  const partByKey = new Map(parts.flatMap((part, index) => part.map((section) => [section.key, index + 1] as const)));
  const partOf = (key: string) => partByKey.get(key) ?? 1;
  const number =
    wanted.section !== undefined && partByKey.has(wanted.section)
      ? partOf(wanted.section)
      : Math.min(PageNumberSchema.parse(wanted.part), parts.length);
  return {
    number,
    count: parts.length,
    sections: parts[number - 1]!,
    opens: number === 1,
    closes: number === parts.length,
    partOf,
  };
}
