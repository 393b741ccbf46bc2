// A list of deadlines → the text of an iCalendar file (RFC 5545), for the subscribed feed
// (/agenda/<token>.ics) and the one-off download (/acties/agenda). Pure: the caller passes
// the events and the moment for DTSTAMP. Built with the `ics` library, with two corrections
// where its output is not valid RFC 5545:
//  - it folds lines after 75 *characters*; the RFC says 75 *octets*, and Dutch text (ë, é,
//    the dash —) takes two or three octets a character: we unfold and fold again by octets,
//    never inside a UTF-8 sequence;
//  - its duration for whole days ("-P3DT") has an empty time part, which strict parsers
//    refuse: the alarm's trigger is written with hours (see ALARM_TRIGGER).
import { createEvents, type EventAttributes } from "ics";
import { addDays, type CalendarDate } from "@/lib/calendar-date";

export type DeadlineEvent = {
  /** Stable over time (`actie-<id>@opvolging`), so a moved deadline moves instead of doubling. */
  uid: string;
  date: CalendarDate;
  summary: string;
  description: string;
  url: string;
};

export type DeadlineCalendar = {
  name: string;
  events: DeadlineEvent[];
  /** DTSTAMP: when this copy of the calendar was made. */
  stamp: Date;
  /** The alarm's text (Dutch, from nl.ts). */
  alarmText: string;
};

/** The reminder: three days before the all-day event, at 09:00 (start 00:00 minus 2 days 15 hours). */
export const ALARM_TRIGGER = { days: 2, hours: 15, before: true } as const;

const PRODUCT_ID = "-//Taskforce anti-omkoping//Opvolging//NL";

export function buildDeadlineCalendar({ name, events, stamp, alarmText }: DeadlineCalendar): string {
  const attributes: EventAttributes[] = events.map((event) => ({
    uid: event.uid,
    title: event.summary,
    description: event.description,
    url: event.url,
    start: dateArray(event.date),
    // DTEND is exclusive: the day after, as Outlook writes a one-day all-day event.
    end: dateArray(addDays(event.date, 1)),
    // ics accepts a timestamp though its types leave it out; without it DTSTAMP is the real clock.
    ...({ timestamp: stamp.getTime() } as object),
    transp: "TRANSPARENT",
    busyStatus: "FREE",
    alarms: [{ action: "display", description: alarmText, trigger: ALARM_TRIGGER }],
  }));
  const { error, value } = createEvents(attributes, { productId: PRODUCT_ID, calName: name, method: "PUBLISH" });
  if (error || value === null) throw error ?? new Error("ics gaf geen agenda terug");
  return refold(value);
}

function dateArray(date: CalendarDate): [number, number, number] {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return [year, month, day];
}

const MAX_OCTETS = 75;

/** Unfolds the library's folding and folds again at 75 octets, keeping characters whole. */
export function refold(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines.map((line) => (line === "" ? line : foldLine(line))).join("\r\n");
}

function foldLine(line: string): string {
  // Most lines are short: measure the whole line before walking it character by character.
  if (line.length <= MAX_OCTETS && Buffer.byteLength(line, "utf8") <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  // A continuation line starts with one space, which counts towards its 75 octets.
  let limit = MAX_OCTETS;
  for (const character of line) {
    const size = Buffer.byteLength(character, "utf8");
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
  return parts.join("\r\n ");
}
