// A letter version's Word or PDF file, made once: read from LetterRendering when this
// version (its content hash) was made before, else made now (PDF through the bounded print
// queue, which may refuse with BusyError) and stored for every later download. Two people
// making the same file at once store it once (the unique key; the second insert is skipped).
import "server-only";
import { db } from "@/lib/db";
import type { LetterContent } from "@/lib/letters/letter-content";
import { letterRenderingKey } from "@/lib/letters/letter-rendering-key";
import { renderLetterDocx } from "@/lib/letters/render-letter-docx";
import { renderLetterHtml } from "@/lib/letters/render-letter-html";
import { printHtmlToPdf } from "@/lib/letters/print-pdf";
import type { PrintRequest } from "@/lib/letters/print-queue";

export type LetterFileFormat = "docx" | "pdf";

export type LetterFile = { bytes: Uint8Array; stored: boolean };

export async function getLetterFile(
  letter: { title: string; content: LetterContent },
  format: LetterFileFormat,
  request: PrintRequest,
): Promise<LetterFile> {
  const contentHash = letterRenderingKey(letter.content, letter.title);
  const stored = await db().letterRendering.findUnique({
    where: { contentHash_format: { contentHash, format } },
    select: { bytes: true },
  });
  if (stored) return { bytes: stored.bytes, stored: true };
  const bytes =
    format === "docx"
      ? await renderLetterDocx(letter.content, letter.title)
      : await printHtmlToPdf(renderLetterHtml(letter.content, letter.title), request);
  await db().letterRendering.createMany({
    data: [{ contentHash, format, bytes: new Uint8Array(bytes), sizeBytes: bytes.byteLength }],
    skipDuplicates: true,
  });
  return { bytes, stored: false };
}
