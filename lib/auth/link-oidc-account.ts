// An OpenID Connect sign-in only ever reaches an existing, active user with the same
// (verified) e-mail address. It never creates a user: roles are granted by a Beheerder.
import type { PrismaClient } from "@/lib/db-client";
import { signInUserSelect, toSessionIdentity, type SessionIdentity } from "@/lib/auth/session-identity";

export type OidcProfile = {
  provider: string;
  issuer: string;
  providerAccountId: string;
  email: string | null | undefined;
  emailVerified?: boolean | null;
};

export async function linkOidcAccount(prisma: PrismaClient, profile: OidcProfile): Promise<SessionIdentity | null> {
  const email = profile.email?.trim().toLowerCase();
  // An identity provider that says the address is unverified does not vouch for it.
  if (!email || profile.emailVerified === false) return null;

  const user = await prisma.user.findUnique({ where: { email }, select: signInUserSelect });
  if (!user || !user.active) return null;

  await prisma.account.upsert({
    where: { issuer_providerAccountId: { issuer: profile.issuer, providerAccountId: profile.providerAccountId } },
    create: { userId: user.id, type: "oidc", provider: profile.provider, issuer: profile.issuer, providerAccountId: profile.providerAccountId },
    update: {},
  });
  const linked = await prisma.account.findUniqueOrThrow({
    where: { issuer_providerAccountId: { issuer: profile.issuer, providerAccountId: profile.providerAccountId } },
  });
  // The identity stays bound to the user it was first linked to, even if e-mail addresses change hands.
  if (linked.userId !== user.id) return null;

  return toSessionIdentity(user);
}
