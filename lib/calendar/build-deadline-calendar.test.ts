// The .ics text: parsed back with an independent parser (node-ical), folded at 75 octets,
// all-day dates, the alarm, and UIDs that stay the same when a deadline moves.
import { describe, expect, it } from "vitest";
import ical from "node-ical";
import { buildDeadlineCalendar, type DeadlineEvent } from "./build-deadline-calendar";
import { escapeText, foldLine } from "./icalendar";
import { actionEvent, commitmentEvent } from "./deadline-events";

const stamp = new Date("2023-04-03T08:15:00Z");
const origin = "https://opvolging.example.nl";

const action = {
  id: "act1",
  title:
    "Risicokader voor de acceptatie opstellen — met beslisregels, één lange titel die zeker over de vijfenzeventig octetten gaat",
  dueDate: "2023-06-30",
  status: "IN_PROGRESS" as const,
  organisationCode: "ADSB",
  recommendationNumber: 1,
  recommendationTitle: "Een duidelijk risicoacceptatiebeleid; met komma's, puntkomma's en \\ tekens",
};
const commitment = {
  id: "tz1",
  title: "Kamerbrief over de implementatie, voor de zomer van 2023",
  dueDate: "2023-07-07",
  originalWording: "Voor de zomer van 2023",
  responsibleMinister: "Staatssecretaris van Financiën",
};

function calendar(events: DeadlineEvent[]) {
  return buildDeadlineCalendar({
    name: "Opvolging — deadlines ADSB",
    events,
    stamp,
    alarmText: "Deadline over drie dagen",
  });
}

function parse(text: string) {
  return Object.values(ical.sync.parseICS(text)).filter((component) => component?.type === "VEVENT") as ical.VEvent[];
}

describe("buildDeadlineCalendar", () => {
  const text = calendar([actionEvent(action, origin), commitmentEvent(commitment, origin)]);

  it("parses back to the events, with Dutch summaries, descriptions and links", () => {
    const events = parse(text);
    expect(events.map((event) => event.uid)).toEqual(["actie-act1@opvolging", "toezegging-tz1@opvolging"]);
    const [deadline, promise] = events as [ical.VEvent, ical.VEvent];
    expect(deadline.summary).toBe(`Deadline: ${action.title}`);
    expect(deadline.description).toContain("Actie van ADSB, status: In uitvoering.");
    expect(deadline.description).toContain("met komma's, puntkomma's en \\ tekens");
    expect(deadline.description).toContain(`${origin}/acties/act1`);
    expect(promise.summary).toBe(`Toezegging aan de Kamer: ${commitment.title}`);
    expect(promise.description).toContain('"Voor de zomer van 2023"');
    expect(text).toContain("X-WR-CALNAME:Opvolging — deadlines ADSB");
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  });

  it("writes all-day events: DTSTART;VALUE=DATE and DTEND the next day, whatever the time zone", () => {
    expect(text).toContain("DTSTART;VALUE=DATE:20230630\r\nDTEND;VALUE=DATE:20230701");
    expect(text).toContain("DTSTART;VALUE=DATE:20230707\r\nDTEND;VALUE=DATE:20230708");
    const [deadline] = parse(text);
    expect(deadline!.datetype).toBe("date");
    expect(text).toContain("DTSTAMP:20230403T081500Z");
  });

  it("holds a display alarm three days before, at 09:00, with a valid duration", () => {
    const alarms = text.match(/BEGIN:VALARM\r\n[\s\S]*?END:VALARM/g)!;
    expect(alarms).toHaveLength(2);
    for (const alarm of alarms) {
      expect(alarm).toContain("ACTION:DISPLAY");
      expect(alarm).toContain("DESCRIPTION:Deadline over drie dagen");
      expect(alarm).toContain("TRIGGER:-P2DT15H");
    }
    // RFC 5545 dur-value: a "T" must be followed by hours, minutes or seconds.
    expect(text).not.toMatch(/TRIGGER:-?P\d+DT\r\n/);
  });

  it("folds every line at 75 octets with CRLF and one space, never inside a character", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    const lines = text.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(text).not.toContain("\uFFFD");
    // Unfolded, the long summary is whole again.
    expect(text.replace(/\r\n /g, "")).toContain(`SUMMARY:Deadline: ${action.title.replace(/,/g, "\\,")}`);
  });

  it("keeps the UID when a deadline moves, so the calendar moves the event instead of adding one", () => {
    const before = parse(calendar([actionEvent(action, origin)]))[0]!;
    const after = parse(calendar([actionEvent({ ...action, dueDate: "2023-09-29" }, origin)]))[0]!;
    expect(after.uid).toBe(before.uid);
    expect(after.start?.toISOString()).not.toBe(before.start?.toISOString());
  });

  it("handles a leap day and the last day of a year", () => {
    const text = calendar([
      actionEvent({ ...action, dueDate: "2024-02-29" }, origin),
      actionEvent({ ...action, id: "act2", dueDate: "2023-12-31" }, origin),
    ]);
    expect(text).toContain("DTSTART;VALUE=DATE:20240229\r\nDTEND;VALUE=DATE:20240301");
    expect(text).toContain("DTSTART;VALUE=DATE:20231231\r\nDTEND;VALUE=DATE:20240101");
  });

  it("is a valid, empty calendar when there are no deadlines", () => {
    const empty = calendar([]);
    expect(empty).toContain("BEGIN:VCALENDAR");
    expect(empty).toContain("END:VCALENDAR");
    expect(parse(empty)).toEqual([]);
  });
});

describe("foldLine", () => {
  it("folds a line of three-octet characters between characters", () => {
    const line = `SUMMARY:${"—".repeat(60)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("keeps a four-octet character (outside the BMP) whole", () => {
    const line = `SUMMARY:${"a".repeat(65)}${"😀".repeat(5)}`;
    const folded = foldLine(line);
    expect(folded).not.toContain("\uFFFD");
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("leaves a line of exactly 75 octets alone", () => {
    const line = `SUMMARY:${"x".repeat(67)}`;
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}x`)).toBe(`${line}\r\n x`);
  });
});

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and every kind of line break, and drops other control characters", () => {
    expect(escapeText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
    expect(escapeText("één\r\ntwee\ndrie\rvier")).toBe("één\\ntwee\\ndrie\\nvier");
    expect(escapeText("tab\tbel\u0007nul\u0000")).toBe("tab\tbelnul");
  });
});

describe("a large calendar", () => {
  // How fast a feed of this size is built is measured by the bench's calendar-feed row.
  it("writes 3,400 events, each parsed back with its own UID", () => {
    const events = Array.from({ length: 3_400 }, (_, index) => actionEvent({ ...action, id: `act${index}` }, origin));
    const parsed = parse(calendar(events));
    expect(parsed).toHaveLength(3_400);
    expect(new Set(parsed.map((event) => event.uid)).size).toBe(3_400);
  });
});
