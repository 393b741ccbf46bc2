// The signed-in shell: header with navigation and the current user, then the page.
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { adminSections } from "@/lib/auth/admin-sections";
import { nl } from "@/lib/i18n/nl";
import { Wordmark } from "@/components/layout/wordmark";
import { MainNavigation, type NavigationItem } from "@/components/layout/main-navigation";
import type { Actor } from "@/lib/auth/actor";
import { PageBody } from "@/components/layout/page-body";
import { readSessionTimeLeft } from "@/lib/auth/read-session-time-left";
import { SessionTimeoutWarning } from "@/components/session/session-timeout-warning";
import { FormDraftKeeper } from "@/components/session/form-draft-keeper";
import { SIGN_OUT_FORM_ATTRIBUTE } from "@/lib/form-drafts/form-fields";
import { signOutAction } from "./actions";
import { NotificationBell } from "@/components/layout/notification-bell";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireUser();
  // Unknown (0) makes the page ask the server at once. The bell's count is one small indexed statement.
  const [sessionSecondsLeft, unread] = await Promise.all([
    readSessionTimeLeft({ countsAsActivity: true, checkUser: false }).then((seconds) => seconds ?? 0),
    countUnreadNotifications(actor.id),
  ]);
  return (
    <>
      <header className="site-header">
        <div className="container site-header__bar">
          <Wordmark href="/" />
          <div className="site-header__user">
            <NotificationBell unread={unread.count} more={unread.more} />
            <span>{nl.app.signedInAs(actor.name, actor.organisationCode, nl.roles[actor.role])}</span>
            <form action={signOutAction} {...{ [SIGN_OUT_FORM_ATTRIBUTE]: "" }}>
              <button type="submit" className="utrecht-button utrecht-button--secondary-action utrecht-button--small">
                {nl.app.signOut}
              </button>
            </form>
          </div>
        </div>
        <div className="container">
          <MainNavigation items={navigationFor(actor)} label={nl.app.mainNavigation} />
        </div>
      </header>
      <PageBody>
        <FormDraftKeeper userId={actor.id} />
        {children}
      </PageBody>
      <SessionTimeoutWarning initialSecondsLeft={sessionSecondsLeft} signOutAction={signOutAction} />
    </>
  );
}

function navigationFor(actor: Actor): NavigationItem[] {
  const items: NavigationItem[] = [
    { href: "/", label: nl.nav.dashboard, section: "/" },
    { href: "/mijn-werk", label: nl.nav.myWork, section: "/mijn-werk" },
    { href: "/aanbevelingen", label: nl.nav.recommendations, section: "/aanbevelingen" },
    { href: "/acties", label: nl.nav.actions, section: "/acties" },
    { href: "/toezeggingen", label: nl.nav.commitments, section: "/toezeggingen" },
    { href: "/rapportages", label: nl.nav.letters, section: "/rapportages" },
    { href: "/kengetallen", label: nl.nav.indicators, section: "/kengetallen" },
  ];
  if (can(actor, "audit:read")) items.push({ href: "/logboek", label: nl.nav.auditLog, section: "/logboek" });
  const [firstAdminSection] = adminSections(actor);
  if (firstAdminSection) items.push({ href: firstAdminSection.href, label: nl.nav.admin, section: "/beheer" });
  items.push({ href: "/profiel", label: nl.nav.profile, section: "/profiel" });
  return items;
}
