// @ts-check
// The upload worker's "sniff-file-type": what an uploaded file is by its content. A zip (an
// Office document is one) is judged on its central directory first, without inflating
// anything: too many entries, too much when unpacked, packed too tightly, or a macro project
// inside is refused before file-type unpacks its [Content_Types].xml. Anything else is told
// by its first bytes.
import { fileTypeFromBuffer } from "file-type";
import { exceededZipLimit, readZipDirectory } from "./zip-directory.mjs";

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
  }
  const type = await fileTypeFromBuffer(bytes);
  return { refused: null, mime: type?.mime ?? null };
}
