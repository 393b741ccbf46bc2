import { nl } from "@/lib/i18n/nl";
import type { LetterContent } from "@/lib/letters/letter-content";

/** "Kamerbrief-voortgang-anti-omkoping-2023-04-03.docx": named by the letter's own date, not the download's. */
export function letterFileName(content: Pick<LetterContent, "letterhead" | "kind">, extension: "docx" | "pdf"): string {
  const stem = content.kind === "OECD_WGB" ? nl.reports.fileNameStem : nl.letterExport.fileNameStem;
  return `${stem}-${content.letterhead.date}.${extension}`;
}
