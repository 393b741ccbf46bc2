// A list of deadlines → the text of an iCalendar file (RFC 5545), for the subscribed feed
// (/agenda/<token>.ics) and the one-off download (/acties/agenda). Pure: the caller passes
// the events and the moment for DTSTAMP. Written line by line (lib/calendar/icalendar.ts):
// the `ics` library validated every event against a schema, far too slow for a feed built on
// every poll (docs/decisions/016-icalendar-written-directly.md).
import { addDays, type CalendarDate } from "@/lib/calendar-date";
import { CRLF, contentLine, escapeText, formatDate, formatUtcDateTime } from "@/lib/calendar/icalendar";

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

/**
 * The reminder: three days before the all-day event, at 09:00 (start 00:00 minus 2 days 15
 * hours). Written with hours: a whole-day duration with an empty time part ("-P3DT") is
 * refused by strict parsers.
 */
export const ALARM_TRIGGER = "-P2DT15H";

const PRODUCT_ID = "-//Taskforce anti-omkoping//Opvolging//NL";

export function buildDeadlineCalendar({ name, events, stamp, alarmText }: DeadlineCalendar): string {
  const dtstamp = formatUtcDateTime(stamp);
  const alarm = contentLine("DESCRIPTION", escapeText(alarmText));
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    contentLine("PRODID", PRODUCT_ID),
    "METHOD:PUBLISH",
    contentLine("X-WR-CALNAME", escapeText(name)),
    // How often a subscriber should look again (Outlook and Apple read this).
    "X-PUBLISHED-TTL:PT1H",
  ];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      contentLine("UID", escapeText(event.uid)),
      contentLine("SUMMARY", escapeText(event.summary)),
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${formatDate(event.date)}`,
      // DTEND is exclusive: the day after, as Outlook writes a one-day all-day event.
      `DTEND;VALUE=DATE:${formatDate(addDays(event.date, 1))}`,
      contentLine("DESCRIPTION", escapeText(event.description)),
      // A URI, not TEXT: not escaped (our URLs hold no control characters; ids are encoded).
      contentLine("URL", event.url),
      // A deadline does not block the day in the subscriber's agenda.
      "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      alarm,
      `TRIGGER:${ALARM_TRIGGER}`,
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.join(CRLF) + CRLF;
}
