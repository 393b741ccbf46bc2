// @ts-check
// The upload worker's "sniff-file-type": what an uploaded file is by its content. A zip (an
// Office document is one) is judged on its central directory first, without inflating
// anything: too many entries, too much when unpacked, packed too tightly, or a macro project
// inside is refused before file-type unpacks its [Content_Types].xml, and so is a part that
// unpacks to more than it declares. Anything else is told by its first bytes.
import { exceededZipLimit, readZipDirectory, readZipEntry, ZipEntryTooLarge } from "./zip-directory.mjs";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * @typedef {{ bytes: Uint8Array, zipLimits: import("./zip-directory.mjs").ZipLimits }} SniffInput
 * @typedef {{ refused: string } | { refused: null, mime: string | null }} SniffOutput
 */

/**
 * @param {SniffInput} input
 * @returns {Promise<SniffOutput>}
 */
export async function sniffFileTypeTask({ bytes, zipLimits }) {
  if (ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    const entries = readZipDirectory(bytes);
    // A zip whose directory cannot be read is no Office document.
    if (!entries) return { refused: null, mime: null };
    const exceeded = exceededZipLimit(entries, zipLimits);
    if (exceeded) return { refused: `zip-${exceeded}` };
    if (entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name))) return { refused: "macros" };
    // The file is kept and handed out again: every part must unpack to no more than its
    // directory says, or whoever opens it later meets the bomb. One part at a time, each
    // capped, so at most the unpacked limit passes through memory.
    try {
      for (const entry of entries) readZipEntry(bytes, entry);
    } catch (error) {
      if (error instanceof ZipEntryTooLarge) return { refused: "zip-size" };
      throw error;
    }
  }
  // Loaded only now: a zip refused on its directory never waits for it.
  const { fileTypeFromBuffer } = await import("file-type");
  const type = await fileTypeFromBuffer(bytes);
  return { refused: null, mime: type?.mime ?? null };
}
