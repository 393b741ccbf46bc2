// Meldingen: the signed-in person's notifications, newest first, paginated; each marked read
// one by one or all at once with plain forms.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { formatTimestamp } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { Pagination } from "@/components/ui/pagination";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

type Props = { searchParams: Promise<{ pagina?: string; melding?: string }> };

export const metadata: Metadata = { title: nl.notifications.title };

const t = nl.notifications;
const NOTICES: Record<string, { text: string; ok: boolean }> = {
  gelezen: { text: t.markedRead, ok: true },
  "alles-gelezen": { text: t.allMarkedRead, ok: true },
  mislukt: { text: t.notDone, ok: false },
  "geen-toegang": { text: nl.errors.forbidden, ok: false },
};

export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await requireUser();
  const query = await searchParams;
  const list = await listNotifications({ actor, page: PageNumberSchema.parse(query.pagina) });
  const notice = query.melding ? NOTICES[query.melding] : undefined;
  const anyUnread = list.notifications.some((notification) => !notification.read);

  return (
    <>
      <h1 className="utrecht-heading-1">{t.title}</h1>
      {notice && (
        <div className={`utrecht-alert form-alert ${notice.ok ? "form-alert--ok" : "form-alert--error"}`} role="status">
          <p className="utrecht-paragraph">{notice.text}</p>
        </div>
      )}
      <p className="utrecht-paragraph lead">{t.intro}</p>
      {list.total === 0 ? (
        <p className="utrecht-paragraph">{t.none}</p>
      ) : (
        <>
          <div className="notifications__bar">
            <p className="utrecht-paragraph meta">{t.range(list.from, list.to, list.total)}</p>
            {anyUnread && (
              <form action={markAllNotificationsReadAction}>
                <input type="hidden" name="pagina" value={list.page} />
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                  {t.markAllRead}
                </button>
              </form>
            )}
          </div>
          <ol className="notifications" aria-label={t.listLabel}>
            {list.notifications.map((notification) => (
              <li
                key={notification.id}
                className={`notifications__item${notification.read ? "" : " notifications__item--unread"}`}
              >
                <div className="notifications__text">
                  {!notification.read && <span className="notifications__badge">{t.unread}</span>}
                  <Link href={notification.href} className="utrecht-link" prefetch={false}>
                    {notification.text}
                  </Link>
                  <span className="meta notifications__time">{formatTimestamp(notification.createdAt)}</span>
                </div>
                {!notification.read && (
                  <form action={markNotificationReadAction}>
                    <input type="hidden" name="notificationId" value={notification.id} />
                    <input type="hidden" name="pagina" value={list.page} />
                    <button
                      type="submit"
                      className="utrecht-button utrecht-button--subtle utrecht-button--small"
                      aria-label={t.markReadOf(notification.text)}
                    >
                      {t.markRead}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ol>
          <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => `/meldingen?pagina=${page}`} />
        </>
      )}
    </>
  );
}
