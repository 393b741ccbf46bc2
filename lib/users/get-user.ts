// One user for the Beheerder: the account, its OpenID Connect links and its recent
// sign-in events from the audit trail (lib/auth/ records them).
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { userSummarySelect, type UserSummary } from "@/lib/users/user-summary";

export const RECENT_SIGN_IN_EVENTS = 20;

export type UserDetails = UserSummary & {
  organisationId: string;
  /** For the forms on the user page (optimistic concurrency). */
  version: number;
  links: { id: string; issuer: string; subject: string; linkedAt: Date }[];
  signInEvents: {
    id: string;
    kind: string;
    occurredAt: Date;
    method?: string;
    reason?: string;
    clientAddress?: string;
  }[];
};

type EventDetails = { method?: unknown; reason?: unknown; limit?: unknown; clientAddress?: unknown };
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

export async function getUser({ actor, userId }: { actor: Actor; userId: string }): Promise<UserDetails | null> {
  assertCan(actor, "users:manage");
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      ...userSummarySelect,
      organisationId: true,
      version: true,
      accounts: {
        select: { id: true, issuer: true, providerAccountId: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user) return null;

  // Sign-in events name the e-mail address (also before the account is known to be
  // the right one) and the user as actor once known; link events name the user too.
  const events = await db().auditEvent.findMany({
    where: {
      OR: [
        { entityType: "SignIn", actorId: user.id },
        { entityType: "SignIn", entityId: user.email },
        { entityType: "Account", kind: "OIDC_LINKED", actorId: user.id },
        { entityType: "Account", kind: "OIDC_UNLINKED", before: { path: ["userId"], equals: user.id } },
      ],
    },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: RECENT_SIGN_IN_EVENTS,
    select: { id: true, kind: true, occurredAt: true, after: true },
  });

  const { accounts, ...rest } = user;
  return {
    ...rest,
    links: accounts.map((account) => ({
      id: account.id,
      issuer: account.issuer,
      subject: account.providerAccountId,
      linkedAt: account.createdAt,
    })),
    signInEvents: events.map((event) => {
      const details = (event.after ?? {}) as EventDetails;
      return {
        id: event.id,
        kind: event.kind,
        occurredAt: event.occurredAt,
        method: text(details.method),
        reason: text(details.reason) ?? text(details.limit),
        clientAddress: text(details.clientAddress),
      };
    }),
  };
}
