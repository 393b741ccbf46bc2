// Checks an e-mail address and password against the users table. Returns the user's
// identity on success and null otherwise, without revealing which part was wrong.
import type { PrismaClient } from "@/lib/db-client";
import { getDummyHash, verifyPassword } from "@/lib/auth/password";
import { SignInSchema } from "@/lib/validation/sign-in";
import type { SessionIdentity } from "@/lib/auth/session-identity";

export async function authorizeCredentials(prisma: PrismaClient, credentials: unknown): Promise<SessionIdentity | null> {
  const parsed = SignInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, organisationId: true, active: true, passwordHash: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  if (!user || !user.active || !user.passwordHash || !valid) return null;

  return { id: user.id, name: user.name, email: user.email, role: user.role, organisationId: user.organisationId };
}
