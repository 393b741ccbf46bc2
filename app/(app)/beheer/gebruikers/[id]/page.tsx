import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { getUser } from "@/lib/users/get-user";
import { nl } from "@/lib/i18n/nl";
import { formatTimestamp } from "@/lib/clock";
import { removeOidcLinkAction } from "./actions";

export const metadata: Metadata = { title: nl.users.title };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UserPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!can(actor, "users:manage")) {
    return <ForbiddenNotice title={nl.users.title} message={nl.users.forbidden} />;
  }
  const user = await getUser({ actor, userId: id });
  const back = (
    <p className="utrecht-paragraph">
      <Link href="/beheer/gebruikers" className="utrecht-link">
        {nl.users.backToList}
      </Link>
    </p>
  );
  if (!user) {
    return (
      <>
        <h1 className="utrecht-heading-1">{nl.users.notFound}</h1>
        {back}
      </>
    );
  }

  const notice =
    query.melding === "ontkoppeld" ? { ok: true, text: nl.users.linkRemoved } : query.melding === "niet-gevonden" ? { ok: false, text: nl.users.linkNotFound } : query.melding === "geen-toegang" ? { ok: false, text: nl.users.forbidden } : null;
  const columns = nl.users.columns;
  const linkColumns = nl.users.linkColumns;
  const eventColumns = nl.users.eventColumns;

  return (
    <>
      {back}
      <h1 className="utrecht-heading-1">{user.name}</h1>
      {notice && (
        <div className={`utrecht-alert form-alert ${notice.ok ? "utrecht-alert--ok form-alert--ok" : "utrecht-alert--error"}`} role={notice.ok ? "status" : "alert"}>
          <p className="utrecht-paragraph">{notice.text}</p>
        </div>
      )}

      <h2 className="utrecht-heading-2">{nl.users.details}</h2>
      <dl className="details-list">
        <dt>{columns.email}</dt>
        <dd className="break-anywhere">{user.email}</dd>
        <dt>{columns.role}</dt>
        <dd>{nl.roles[user.role]}</dd>
        <dt>{columns.organisation}</dt>
        <dd>
          {user.organisation.name} ({user.organisation.code})
        </dd>
        <dt>{columns.status}</dt>
        <dd>{user.active ? nl.users.active : nl.users.inactive}</dd>
      </dl>

      <h2 className="utrecht-heading-2">{nl.users.linksTitle}</h2>
      <p className="utrecht-paragraph prose">{nl.users.linksIntro}</p>
      {user.links.length === 0 ? (
        <p className="utrecht-paragraph">{nl.users.noLinksOnUser}</p>
      ) : (
        <DataTable caption={nl.users.linksCaption} columns={[linkColumns.issuer, linkColumns.subject, linkColumns.linkedAt, linkColumns.action]}>
          {user.links.map((link) => (
            <tr key={link.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell break-anywhere">{link.issuer}</th>
              <td className="utrecht-table__cell break-anywhere">{link.subject}</td>
              <td className="utrecht-table__cell">{formatTimestamp(link.linkedAt)}</td>
              <td className="utrecht-table__cell">
                <form action={removeOidcLinkAction}>
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="accountId" value={link.id} />
                  <button type="submit" className="utrecht-button utrecht-button--secondary-action utrecht-button--small" aria-label={nl.users.removeLinkLabel(link.issuer)}>
                    {nl.users.removeLink}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2 className="utrecht-heading-2">{nl.users.eventsTitle}</h2>
      {user.signInEvents.length === 0 ? (
        <p className="utrecht-paragraph">{nl.users.eventsEmpty}</p>
      ) : (
        <DataTable caption={nl.users.eventsCaption} columns={[eventColumns.when, eventColumns.event, eventColumns.method, eventColumns.details]}>
          {user.signInEvents.map((event) => (
            <tr key={event.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">{formatTimestamp(event.occurredAt)}</td>
              <th scope="row" className="utrecht-table__header-cell">{nl.users.eventKinds[event.kind] ?? event.kind}</th>
              <td className="utrecht-table__cell">{event.method ? (nl.users.methods[event.method] ?? event.method) : ""}</td>
              <td className="utrecht-table__cell">
                {[event.reason ? (nl.users.reasons[event.reason] ?? event.reason) : undefined, event.clientAddress ? nl.users.fromAddress(event.clientAddress) : undefined]
                  .filter(Boolean)
                  .join(", ")}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
