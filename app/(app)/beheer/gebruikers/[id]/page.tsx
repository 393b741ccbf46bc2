import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { can } from "@/lib/auth/permissions";
import { getUser } from "@/lib/users/get-user";
import { listOrganisationChoices } from "@/lib/users/list-organisation-choices";
import { nl } from "@/lib/i18n/nl";
import { formatTimestamp } from "@/lib/clock";
import { UserAccessForm } from "@/components/users/user-access-form";
import { UserActiveForm } from "@/components/users/user-active-form";
import { UserStatusBadge } from "@/components/users/user-status-badge";
import { EmailAddress } from "@/components/ui/email-address";
import { changeUserAccessAction, removeOidcLinkAction, setUserActiveAction } from "./actions";
import { UserAccountSection } from "@/components/users/user-account-section";
import { getInvitationStatus } from "@/lib/accounts/get-invitation-status";
import { endUserSessionsAction, sendInvitationAction } from "./account-actions";
import { getSignInFactors } from "@/lib/passkeys/get-sign-in-factors";
import { UserSignInFactors } from "@/components/users/user-sign-in-factors";

export const metadata: Metadata = { title: nl.users.title };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, { ok: boolean; text: string }> = {
  ontkoppeld: { ok: true, text: nl.users.linkRemoved },
  "niet-gevonden": { ok: false, text: nl.users.linkNotFound },
  "geen-toegang": { ok: false, text: nl.users.forbidden },
  aangemaakt: { ok: true, text: nl.userManagement.created },
  gedeactiveerd: { ok: true, text: nl.userManagement.deactivated },
  geactiveerd: { ok: true, text: nl.userManagement.reactivated },
  opgeslagen: { ok: true, text: nl.userManagement.accessSaved },
  ongewijzigd: { ok: true, text: nl.userManagement.accessUnchanged },
  "passkey-verwijderd": { ok: true, text: nl.passkeys.removedByAdmin },
};

export default async function UserPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  requirePagePermission(actor, "users:manage");
  const [user, organisations, invitation, factors] = await Promise.all([
    getUser({ actor, userId: id }),
    listOrganisationChoices({ actor }),
    getInvitationStatus({ actor, userId: id }),
    getSignInFactors({ actor, userId: id }),
  ]);
  if (!user || !factors) notFound();

  const notice = NOTICES[String(query.melding)] ?? null;
  const isSelf = user.id === actor.id;
  const m = nl.userManagement;
  const columns = nl.users.columns;
  const linkColumns = nl.users.linkColumns;
  const eventColumns = nl.users.eventColumns;

  return (
    <>
      <Breadcrumbs trail={[{ href: "/beheer/gebruikers", label: nl.users.title }]} current={user.name} />
      <h1 className="utrecht-heading-1">{user.name}</h1>
      {notice && (
        <div
          className={`utrecht-alert form-alert ${notice.ok ? "utrecht-alert--ok form-alert--ok" : "utrecht-alert--error"}`}
          role={notice.ok ? "status" : "alert"}
        >
          <p className="utrecht-paragraph">{notice.text}</p>
        </div>
      )}

      <h2 className="utrecht-heading-2">{nl.users.details}</h2>
      <dl className="details-list">
        <dt>{columns.email}</dt>
        <dd>
          <EmailAddress email={user.email} />
        </dd>
        <dt>{columns.role}</dt>
        <dd>{nl.roles[user.role]}</dd>
        <dt>{columns.organisation}</dt>
        <dd>
          {user.organisation.name} ({user.organisation.code})
        </dd>
        <dt>{columns.status}</dt>
        <dd>
          <UserStatusBadge active={user.active} />
        </dd>
      </dl>
      {can(actor, "audit:read") && (
        <p className="utrecht-paragraph">
          <Link href={`/logboek?persoon=${encodeURIComponent(user.id)}`} className="utrecht-link">
            {m.inLog}
          </Link>
        </p>
      )}

      <section className="page-section">
        {isSelf ? (
          <>
            <h2 className="utrecht-heading-2">{m.accessTitle}</h2>
            <p className="utrecht-paragraph">{m.ownAccess}</p>
          </>
        ) : (
          <UserAccessForm
            action={changeUserAccessAction}
            userId={user.id}
            version={user.version}
            role={user.role}
            organisationId={user.organisationId}
            organisations={organisations}
          />
        )}
      </section>

      <section className="page-section" aria-labelledby="toegang-titel">
        <h2 className="utrecht-heading-2" id="toegang-titel">
          {m.statusTitle}
        </h2>
        <p className="utrecht-paragraph">{user.active ? m.activeExplanation : m.inactiveExplanation}</p>
        {isSelf && user.active ? (
          <p className="utrecht-paragraph">{m.ownStatus}</p>
        ) : (
          <UserActiveForm
            // A new version renders the form afresh (after a save, or a colleague's).
            key={`${user.version}-${user.active}`}
            action={setUserActiveAction}
            userId={user.id}
            name={user.name}
            version={user.version}
            active={user.active}
            confirming={query.bevestigen === "deactiveren"}
          />
        )}
      </section>

      <UserAccountSection
        userId={user.id}
        active={user.active}
        invitation={invitation}
        sendInvitation={sendInvitationAction}
        endSessions={endUserSessionsAction}
      />
      <UserSignInFactors userId={user.id} name={user.name} factors={factors} />

      <h2 className="utrecht-heading-2">{nl.users.linksTitle}</h2>
      <p className="utrecht-paragraph prose">{nl.users.linksIntro}</p>
      {user.links.length === 0 ? (
        <p className="utrecht-paragraph">{nl.users.noLinksOnUser}</p>
      ) : (
        <DataTable
          caption={nl.users.linksCaption}
          columns={[linkColumns.issuer, linkColumns.subject, linkColumns.linkedAt, linkColumns.action]}
        >
          {user.links.map((link) => (
            <tr key={link.id}>
              <th scope="row" className="break-anywhere">
                {link.issuer}
              </th>
              <td className="break-anywhere">{link.subject}</td>
              <td>{formatTimestamp(link.linkedAt)}</td>
              <td>
                <form action={removeOidcLinkAction}>
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="accountId" value={link.id} />
                  <button
                    type="submit"
                    className="utrecht-button utrecht-button--secondary-action utrecht-button--small"
                    aria-label={nl.users.removeLinkLabel(link.issuer)}
                  >
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
        <DataTable
          caption={nl.users.eventsCaption}
          columns={[eventColumns.when, eventColumns.event, eventColumns.method, eventColumns.details]}
        >
          {user.signInEvents.map((event) => (
            <tr key={event.id}>
              <td>{formatTimestamp(event.occurredAt)}</td>
              <th scope="row">{nl.users.eventKinds[event.kind] ?? event.kind}</th>
              <td>{event.method ? (nl.users.methods[event.method] ?? event.method) : ""}</td>
              <td>
                {[
                  event.reason ? (nl.users.reasons[event.reason] ?? event.reason) : undefined,
                  event.clientAddress ? nl.users.fromAddress(event.clientAddress) : undefined,
                ]
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
