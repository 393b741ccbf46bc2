// The user an OpenID Connect identity was linked to at sign-in (lib/auth/link-oidc-account.ts),
// if that user is still active.
import type { PrismaClient } from "@/lib/db-client";
import { signInUserSelect, toSessionIdentity, type SessionIdentity } from "@/lib/auth/session-identity";

export async function findLinkedIdentity(
  prisma: PrismaClient,
  { issuer, providerAccountId }: { issuer: string; providerAccountId: string },
): Promise<SessionIdentity | null> {
  const account = await prisma.account.findUnique({
    where: { issuer_providerAccountId: { issuer, providerAccountId } },
    select: { user: { select: signInUserSelect } },
  });
  if (!account || !account.user.active) return null;
  return toSessionIdentity(account.user);
}
