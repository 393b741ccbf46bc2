// What a run of the reminder job did, as lines for the console (npm run reminders, the daily job's log).
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate } from "@/lib/calendar-date";
import type { ReminderRunResult } from "./run-reminders";

export function describeRun(result: ReminderRunResult): string[] {
  const t = nl.reminders;
  const lines = [t.ran(formatCalendarDate(result.today))];
  for (const mail of result.sent) {
    lines.push(t.sentTo(mail.to, mail.subject));
    if (mail.file) lines.push(t.written(mail.file));
  }
  for (const mail of result.failed) lines.push(t.failed(mail.to, mail.error));
  if (result.sent.length === 0 && result.failed.length === 0) lines.push(t.nothing);
  return lines;
}
