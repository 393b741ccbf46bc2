// The user page's account part: the invitation (open, expired, used) with the button for a
// new one, and the button that ends all of the user's sessions.
import { nl } from "@/lib/i18n/nl";
import { formatTimestamp } from "@/lib/calendar-date";
import type { FormAction } from "@/lib/actions/action-result";
import type { InvitationStatus } from "@/lib/accounts/get-invitation-status";
import { AccountButtonForm } from "@/components/accounts/account-button-form";

type Props = {
  userId: string;
  active: boolean;
  invitation: InvitationStatus;
  sendInvitation: FormAction<{ email: string }>;
  endSessions: FormAction<{ userId: string }>;
};

function describe(invitation: NonNullable<InvitationStatus>): string {
  const state = nl.accounts.invitationState;
  switch (invitation.state) {
    case "open":
      return state.open(formatTimestamp(invitation.expiresAt));
    case "expired":
      return state.expired(formatTimestamp(invitation.expiresAt));
    case "used":
      return state.used(formatTimestamp(invitation.usedAt!));
    case "revoked":
      return state.revoked(formatTimestamp(invitation.revokedAt!));
  }
}

export function UserAccountSection({ userId, active, invitation, sendInvitation, endSessions }: Props) {
  const m = nl.accounts;
  return (
    <>
      <section className="page-section" aria-labelledby="uitnodiging-titel">
        <h2 className="utrecht-heading-2" id="uitnodiging-titel">
          {m.invitationTitle}
        </h2>
        <p className="utrecht-paragraph prose">{m.invitationIntro}</p>
        <p className="utrecht-paragraph" data-testid="uitnodiging-status">
          {invitation
            ? `${m.invitationSentOn(formatTimestamp(invitation.sentAt))} ${describe(invitation)}`
            : m.invitationNone}
        </p>
        {active ? (
          <AccountButtonForm
            action={sendInvitation}
            id="uitnodiging"
            label={invitation ? m.sendNewInvitation : m.sendInvitation}
            fields={{ userId }}
          />
        ) : (
          <p className="utrecht-paragraph">{m.inactiveNoInvitation}</p>
        )}
      </section>
      <section className="page-section" aria-labelledby="sessies-titel">
        <h2 className="utrecht-heading-2" id="sessies-titel">
          {m.sessionsTitle}
        </h2>
        <p className="utrecht-paragraph prose">{m.sessionsIntro}</p>
        <AccountButtonForm action={endSessions} id="sessies" label={m.endSessions} fields={{ userId }} />
      </section>
    </>
  );
}
