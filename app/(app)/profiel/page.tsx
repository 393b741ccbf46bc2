// Profiel: who the signed-in user is (read-only), their password, calendar feeds and API tokens.
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { nl } from "@/lib/i18n/nl";
import { getProfilePage } from "@/lib/calendar/get-profile-page";
import { appOrigin } from "@/lib/calendar/app-origin";
import { MAX_ACTIVE_CALENDAR_FEEDS } from "@/lib/calendar/create-calendar-feed";
import { CreateFeedForm } from "@/components/profile/create-feed-form";
import { CalendarFeedTable, CREATE_FEED_FORM_ID } from "@/components/profile/calendar-feed-table";
import { getEnv } from "@/lib/env";
import { EmailAddress } from "@/components/ui/email-address";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "./actions";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { MAX_ACTIVE_API_TOKENS } from "@/lib/api-tokens/create-api-token";
import { now } from "@/lib/clock";
import { CreateApiTokenForm } from "@/components/profile/create-api-token-form";
import { ApiTokenTable } from "@/components/profile/api-token-table";
import { createApiTokenAction, revokeApiTokenAction } from "./api-token-actions";
import { ChangePasswordSection } from "@/components/accounts/change-password-section";
import { hasPassword } from "@/lib/accounts/has-password";
import { changeOwnPasswordAction } from "./password-actions";
import { changeEmailPreferenceAction } from "./email-preference-actions";
import { EmailPreferenceForm } from "@/components/profile/email-preference-form";
import { listPasskeys } from "@/lib/passkeys/list-passkeys";
import { PasskeySection } from "@/components/profile/passkey-section";

export const metadata: Metadata = { title: nl.profile.title };

type Props = { searchParams: Promise<{ melding?: string | string[] }> };

// The e-mail preference's outcomes; the password and passkey sections read theirs from the same parameter.
const NOTICES: Record<string, { text: string; ok: boolean }> = {
  "e-mail-opgeslagen": { text: nl.notifications.preference.saved, ok: true },
  "e-mail-mislukt": { text: nl.notifications.notDone, ok: false },
  "geen-toegang": { text: nl.errors.forbidden, ok: false },
};

export default async function ProfilePage({ searchParams }: Props) {
  const actor = await requireUser();
  const { melding } = await searchParams;
  const notice = typeof melding === "string" ? NOTICES[melding] : undefined;
  const [{ organisation, emailPreference, feeds, activeFeeds }, tokens, withPassword, passkeys] = await Promise.all([
    getProfilePage({ actor }),
    listApiTokens({ actor }),
    hasPassword({ actor }),
    listPasskeys({ actor }),
  ]);
  const moment = now();
  const validTokens = tokens.filter((token) => !token.revokedAt && token.expiresAt > moment).length;
  const origin = appOrigin(requestOrigin(await headers()));

  return (
    <>
      <h1 className="utrecht-heading-1">{nl.profile.title}</h1>
      <p className="utrecht-paragraph lead prose">{nl.profile.intro}</p>

      <section className="page-section" aria-labelledby="gegevens-titel">
        <h2 className="utrecht-heading-2" id="gegevens-titel">
          {nl.profile.detailsTitle}
        </h2>
        <dl className="details-list profile-details">
          <dt>{nl.profile.name}</dt>
          <dd>{actor.name}</dd>
          <dt>{nl.profile.email}</dt>
          <dd>
            <EmailAddress email={actor.email} />
          </dd>
          <dt>{nl.profile.organisation}</dt>
          <dd>
            {organisation.name} ({organisation.code})
          </dd>
          <dt>{nl.profile.role}</dt>
          <dd>{nl.roles[actor.role]}</dd>
        </dl>
      </section>

      <ChangePasswordSection
        hasPassword={withPassword}
        email={actor.email}
        action={changeOwnPasswordAction}
        notice={melding}
      />

      <section className="page-section" aria-labelledby="e-mail-titel">
        <h2 className="utrecht-heading-2" id="e-mail-titel">
          {nl.notifications.preference.title}
        </h2>
        {notice && (
          <div
            className={`utrecht-alert form-alert ${notice.ok ? "form-alert--ok" : "form-alert--error"}`}
            role="status"
          >
            <p className="utrecht-paragraph">{notice.text}</p>
          </div>
        )}
        <EmailPreferenceForm
          action={changeEmailPreferenceAction}
          current={emailPreference.current}
          version={emailPreference.version}
        />
      </section>

      <PasskeySection passkeys={passkeys} removed={melding === "passkey-verwijderd"} />

      <section className="page-section" aria-labelledby="agenda-titel">
        <h2 className="utrecht-heading-2" id="agenda-titel">
          {nl.profile.feedTitle}
        </h2>
        <p className="utrecht-paragraph prose">{nl.profile.feedIntro}</p>
        <p className="utrecht-paragraph prose">{nl.profile.feedValidity(getEnv().CALENDAR_FEED_VALID_DAYS)}</p>
        <CreateFeedForm
          formId={CREATE_FEED_FORM_ID}
          action={createCalendarFeedAction}
          canCreate={activeFeeds < MAX_ACTIVE_CALENDAR_FEEDS}
          origin={origin}
          limitMessage={nl.profile.feedLimitReached(MAX_ACTIVE_CALENDAR_FEEDS)}
        />
        <h3 className="utrecht-heading-3 calendar-feed-list-title">{nl.profile.feedListTitle}</h3>
        {feeds.length === 0 ? (
          <p className="utrecht-paragraph">{nl.profile.feedListEmpty}</p>
        ) : (
          <CalendarFeedTable feeds={feeds} now={moment} revoke={revokeCalendarFeedAction} />
        )}
      </section>

      <section className="page-section" aria-labelledby="api-tokens-titel">
        <h2 className="utrecht-heading-2" id="api-tokens-titel">
          {nl.profile.tokenTitle}
        </h2>
        <p className="utrecht-paragraph prose">{nl.profile.tokenIntro}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href="/api">
            {nl.profile.tokenReferenceLink}
          </Link>
        </p>
        <CreateApiTokenForm
          action={createApiTokenAction}
          canCreate={validTokens < MAX_ACTIVE_API_TOKENS}
          limitMessage={nl.profile.tokenLimitReached(MAX_ACTIVE_API_TOKENS)}
        />
        <h3 className="utrecht-heading-3 calendar-feed-list-title">{nl.profile.tokenListTitle}</h3>
        {tokens.length === 0 ? (
          <p className="utrecht-paragraph">{nl.profile.tokenListEmpty}</p>
        ) : (
          <ApiTokenTable tokens={tokens} now={moment} revoke={revokeApiTokenAction} />
        )}
      </section>
    </>
  );
}

/** Without AUTH_URL: the address the browser used (the proxy in front may name the scheme). */
function requestOrigin(requestHeaders: Headers): string | null {
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host");
  if (!host) return null;
  return `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${host}`;
}
