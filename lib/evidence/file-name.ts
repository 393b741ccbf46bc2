// An uploaded file's name, made safe to show and to offer as the download's name, and the
// Content-Disposition header that carries it. The name comes from the browser (or from a
// crafted request), so it may hold a path, control characters, or a right-to-left override
// that makes "rapport‮fdp.exe" read as "rapportexe.pdf".
import { EVIDENCE_FILE_TYPES, type EvidenceMediaType } from "@/lib/evidence/evidence-file-types";

const MAX_NAME_LENGTH = 150;

// C0 and C1 controls, zero-width characters, bidirectional marks and overrides, the BOM.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
// Characters that no file system or header takes well.
const RESERVED = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/** The name without any path, invisible characters or reserved characters; "" when nothing is left. */
export function sanitiseFileName(raw: string): string {
  const lastSegment = raw.normalize("NFC").split(/[\\/]/).pop() ?? "";
  let name = lastSegment
    .replace(/\s+/g, " ") // tabs and line breaks as one space, before the controls go
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    // no leading dots (a hidden file), no trailing dots or spaces (Windows drops them)
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  return truncate(name, MAX_NAME_LENGTH);
}

/**
 * The name stored with the evidence: sanitised, and ending in an extension of the type the
 * content showed, so the downloaded file opens in the right program (a PDF sent as
 * "scan.png" becomes "scan.png.pdf"). `fallback` stands in for a name with nothing left.
 */
export function evidenceFileName(raw: string, mediaType: EvidenceMediaType, fallback: string): string {
  const extensions: readonly string[] = EVIDENCE_FILE_TYPES[mediaType];
  const name = sanitiseFileName(raw) || fallback;
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
  if (extensions.includes(extension)) return name;
  const suffix = `.${extensions[0]}`;
  return `${truncate(name, MAX_NAME_LENGTH - suffix.length)}${suffix}`;
}

/**
 * `attachment` always (never shown inline), with an ASCII name for old clients and the
 * exact name as RFC 5987/6266 `filename*`.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** At most `max` characters (code points, so no emoji is cut in half), keeping the extension. */
function truncate(name: string, max: number): string {
  const characters = Array.from(name);
  if (characters.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length === 0 || extension.length > 10) return characters.slice(0, max).join("");
  return [...characters.slice(0, max - extension.length), ...extension].join("").replace(/[.\s]+(\.[^.]*)$/, "$1");
}
