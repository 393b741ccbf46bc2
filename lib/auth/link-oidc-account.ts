// An OpenID Connect sign-in only ever reaches an existing, active user. It never creates a
// user: roles are granted by a Beheerder. The link is keyed by the identity provider's
// issuer and the subject (`sub`) it vouches for, never by a display name:
// - a first sign-in links the subject to the active user with the same e-mail address,
//   but only when the ID token says that address is verified (`email_verified` true, or
//   the string "true" that some providers send); a missing claim is no promise;
// - a user has at most one subject per issuer: a second subject is refused, so a new
//   account at the IdP that claims an existing address cannot attach itself;
// - a linked subject stays with its user; if the IdP later reports another user's address
//   for it, the sign-in is refused.
// A Beheerder can remove a link (lib/users/remove-oidc-link.ts). Every refusal and every
// new link is recorded in the audit trail.
import type { PrismaClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isDemoEmail } from "@/lib/auth/demo-account";
import { signInUserSelect, toSessionIdentity, type SessionIdentity } from "@/lib/auth/session-identity";

export type OidcProfile = {
  provider: string;
  issuer: string;
  providerAccountId: string;
  /** The claims as the ID token carries them: checked here, not trusted for their type. */
  email: unknown;
  emailVerified?: unknown;
};

export type OidcRefusal =
  | "email-missing"
  | "email-unverified"
  | "no-active-user"
  | "subject-linked-to-other-user"
  | "user-linked-to-other-subject"
  | "demo-account";

export type OidcLinkResult =
  { ok: true; identity: SessionIdentity; newlyLinked: boolean } | { ok: false; reason: OidcRefusal };

export function isEmailVerifiedClaim(value: unknown): boolean {
  return value === true || value === "true";
}

export async function linkOidcAccount(
  prisma: PrismaClient,
  profile: OidcProfile,
  { refuseDemoAccounts = false }: { refuseDemoAccounts?: boolean } = {},
): Promise<OidcLinkResult> {
  const email = typeof profile.email === "string" ? profile.email.trim().toLowerCase() : "";
  const subject = { issuer: profile.issuer, providerAccountId: profile.providerAccountId };

  const refuse = async (reason: OidcRefusal, userId: string | null = null): Promise<OidcLinkResult> => {
    await recordAuditEvent(prisma, {
      actorId: userId,
      entityType: "SignIn",
      entityId: email || `${profile.issuer}#${profile.providerAccountId}`,
      kind: "OIDC_REFUSED",
      after: { method: "oidc", reason, ...subject },
    });
    return { ok: false, reason };
  };

  if (!email) return refuse("email-missing");
  // An identity provider that does not say the address is verified does not vouch for it.
  if (!isEmailVerifiedClaim(profile.emailVerified)) return refuse("email-unverified");

  const linked = await prisma.account.findUnique({
    where: { issuer_providerAccountId: subject },
    select: { user: { select: signInUserSelect } },
  });
  let user = linked?.user ?? null;
  let newlyLinked = false;
  if (user) {
    if (user.email !== email) return refuse("subject-linked-to-other-user", user.id);
    if (!user.active) return refuse("no-active-user", user.id);
  } else {
    user = await prisma.user.findUnique({ where: { email }, select: signInUserSelect });
    if (!user || !user.active) return refuse("no-active-user", user?.id ?? null);
  }
  if (refuseDemoAccounts && isDemoEmail(user.email)) return refuse("demo-account", user.id);

  if (!linked) {
    const userId = user.id;
    const outcome = await prisma
      .$transaction(async (tx) => {
        // One subject per user and issuer (also a unique index: this gives the clear answer).
        if (
          await tx.account.findUnique({
            where: { userId_issuer: { userId, issuer: profile.issuer } },
            select: { id: true },
          })
        )
          return "taken" as const;
        const account = await tx.account.create({
          data: { userId, type: "oidc", provider: profile.provider, ...subject },
        });
        await recordAuditEvent(tx, {
          actorId: userId,
          entityType: "Account",
          entityId: account.id,
          kind: "OIDC_LINKED",
          after: { userId, ...subject },
        });
        return "linked" as const;
      })
      .catch((error: unknown) => {
        // A concurrent first sign-in linked something in between; the unique indexes decide.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "raced" as const;
        throw error;
      });
    if (outcome === "taken") return refuse("user-linked-to-other-subject", userId);
    if (outcome === "raced") {
      const now = await prisma.account.findUnique({
        where: { issuer_providerAccountId: subject },
        select: { userId: true },
      });
      if (now?.userId !== userId) return refuse("user-linked-to-other-subject", userId);
    }
    newlyLinked = outcome === "linked";
  }

  await recordAuditEvent(prisma, {
    actorId: user.id,
    entityType: "SignIn",
    entityId: user.email,
    kind: "SIGN_IN_SUCCEEDED",
    after: { method: "oidc", ...subject },
  });
  return { ok: true, identity: toSessionIdentity(user), newlyLinked };
}
