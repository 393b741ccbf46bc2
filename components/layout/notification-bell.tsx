// The bell in the header: a link to /meldingen whose accessible name carries the number of
// unread notifications ("Meldingen, 3 ongelezen"); the number is also shown on the bell.
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { formatCount } from "@/lib/i18n/format-number";

export function NotificationBell({ unread, more }: { unread: number; more: boolean }) {
  return (
    <Link
      href="/meldingen"
      className="notification-bell"
      aria-label={nl.notifications.bellLabel(unread, more)}
      prefetch={false}
    >
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="24"
        height="24"
        className="notification-bell__icon"
      >
        <path
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
          fill="currentColor"
        />
      </svg>
      {unread > 0 && (
        <span className="notification-bell__count" aria-hidden="true">
          {formatCount(unread)}
          {more ? "+" : ""}
        </span>
      )}
    </Link>
  );
}
