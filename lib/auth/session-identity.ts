import type { Role } from "@/lib/generated/prisma/enums.ts";

/** What the session token carries about the signed-in user. */
export type SessionIdentity = {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  /** The user's sessionVersion at sign-in; a later one ends the session (lib/auth/session-policy.ts). */
  sessionVersion: number;
};

/** The user columns a sign-in needs: the identity, and whether the account is active. */
export const signInUserSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  organisationId: true,
  active: true,
  sessionVersion: true,
} as const;

export function toSessionIdentity(user: SessionIdentity): SessionIdentity {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    organisationId: user.organisationId,
    sessionVersion: user.sessionVersion,
  };
}
