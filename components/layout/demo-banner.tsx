import { formatCalendarDate, isTodayPinned, today } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";

/** Shown whenever "today" is pinned, so nobody mistakes the demo's date for the real one. */
export function DemoBanner() {
  if (!isTodayPinned()) return null;
  return (
    <div className="demo-banner" role="note">
      {nl.app.demoBanner(formatCalendarDate(today()))}
    </div>
  );
}
