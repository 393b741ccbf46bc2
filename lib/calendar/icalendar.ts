// The few pieces of iCalendar (RFC 5545) that the deadline calendars need, written directly:
// content lines ended by CRLF and folded at 75 octets (never inside a UTF-8 sequence), TEXT
// values escaped, DATE and UTC DATE-TIME values. Pure and small on purpose; why not the
// `ics` library: docs/decisions/016-icalendar-written-directly.md.
import type { CalendarDate } from "@/lib/calendar-date";

export const CRLF = "\r\n";
const MAX_OCTETS = 75;

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break
 * (CRLF, LF or CR) as `\n`. Other control characters are not allowed in TEXT and are
 * dropped (the forms refuse them already; this keeps a stray one from breaking the file).
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, "\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replace(/[\\;,\n]/g, (character) => (character === "\n" ? "\\n" : `\\${character}`));
}

/**
 * One content line, folded (RFC 5545 3.1): at most 75 octets a line, continuation lines
 * starting with one space (which counts towards their 75), cut between characters only.
 * Without the CRLF that ends it.
 */
export function foldLine(line: string): string {
  // Most lines are short: a line of at most 75 UTF-16 units that is also at most 75 octets.
  if (line.length <= MAX_OCTETS && Buffer.byteLength(line, "utf8") <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const character of line) {
    const code = character.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `NAME:value` folded, for a value already in its iCalendar form (escaped where TEXT). */
export function contentLine(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

/** A DATE value: 2023-06-30 → 20230630. */
export function formatDate(date: CalendarDate): string {
  return date.replaceAll("-", "");
}

/** A DATE-TIME in UTC: 20230403T081500Z. */
export function formatUtcDateTime(moment: Date): string {
  return moment
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}
