// @ts-check
// A zip's central directory (an .xlsx, .docx and .pptx are zips), read without inflating
// anything: the entries' names, methods and sizes, so that a hostile archive is refused on
// what it declares before a byte is unpacked. Then the few entries a reader needs, inflated
// one by one with a hard cap on their real output, so an archive that lies about its sizes
// is stopped at the cap too. Plain JavaScript: it runs in the upload worker as is.
import { crc32, inflateRawSync } from "node:zlib";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// A size or offset of all ones means "see the Zip64 record": more than 4 GB, never ours.
const ZIP64_MARK = 0xffffffff;
/** Below this an entry's compression ratio is not looked at: a small file of spaces is harmless. */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * @typedef {{ name: string, method: number, compressedSize: number, uncompressedSize: number, localOffset: number }} ZipEntry
 * @typedef {{ maxEntries: number, maxUncompressedBytes: number, maxCompressionRatio: number }} ZipLimits
 * @typedef {"entries" | "size" | "ratio"} ZipLimit
 */

/**
 * The entries of the central directory, or null when the bytes are not a readable zip.
 * @param {Uint8Array} bytes
 * @returns {ZipEntry[] | null}
 */
export function readZipDirectory(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  /** @type {ZipEntry[]} */
  const entries = [];
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.byteLength) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The first limit the directory exceeds, or null: too many entries, too much when unpacked
 * (all entries together), or an entry packed more tightly than any real document is.
 * @param {ZipEntry[]} entries
 * @param {ZipLimits} limits
 * @returns {ZipLimit | null}
 */
export function exceededZipLimit(entries, limits) {
  if (entries.length > limits.maxEntries) return "entries";
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) return "size";
    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes) return "size";
  }
  for (const entry of entries) {
    if (entry.uncompressedSize < RATIO_FLOOR_BYTES) continue;
    if (entry.uncompressedSize > limits.maxCompressionRatio * Math.max(1, entry.compressedSize)) return "ratio";
  }
  return null;
}

/** Thrown when an entry unpacks to more than its directory said: a lying archive. */
export class ZipEntryTooLarge extends Error {}

/**
 * One entry's bytes, inflated with its declared size as a hard cap on the output.
 * Null when the entry cannot be read (a broken header, an unknown method, corrupt data).
 * @param {Uint8Array} bytes
 * @param {ZipEntry} entry
 * @returns {Buffer | null}
 */
export function readZipEntry(bytes, entry) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return null;
  const packed = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (packed.byteLength !== entry.uncompressedSize) throw new ZipEntryTooLarge(entry.name);
    return Buffer.from(packed);
  }
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error).code === "ERR_BUFFER_TOO_LARGE")
      throw new ZipEntryTooLarge(entry.name);
    return null;
  }
}

/**
 * A zip of the given entries, stored (not compressed), in the given order: for a streaming
 * reader that needs some entries before others and should never have to inflate again.
 * @param {Array<[string, Uint8Array]>} files
 * @returns {Buffer}
 */
export function storedZip(files) {
  /** @type {Buffer[]} */
  const parts = [];
  /** @type {Buffer[]} */
  const directory = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(data.byteLength, 22);
    local.writeUInt16LE(nameBytes.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(DIRECTORY_ENTRY, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.byteLength, 20);
    central.writeUInt32LE(data.byteLength, 24);
    central.writeUInt16LE(nameBytes.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.byteLength + data.byteLength;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.byteLength, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
