import { connection } from "next/server";
import { formatCalendarDate, isTodayPinned, today } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";

/** Shown whenever "today" is pinned, so nobody mistakes the demo's date for the real one. */
export async function DemoBanner() {
  // Read the clock per request, never at build time: the date is part of the runtime configuration.
  await connection();
  if (!isTodayPinned()) return null;
  return (
    <div className="demo-banner" role="note">
      {nl.app.demoBanner(formatCalendarDate(today()))}
    </div>
  );
}
