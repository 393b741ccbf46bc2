// The server-side gate every page, action and route handler passes through. The session
// token is decrypted once per request, by the proxy (lib/auth/current-session-claims.ts),
// and the user read from the database once per render (React's cache), in one statement
// with the organisation, so a deactivated account, a changed role or a raised
// sessionVersion takes effect at the next request.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { currentSessionClaims } from "@/lib/auth/current-session-claims";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { toActor } from "@/lib/auth/to-actor";
import type { Role } from "@/lib/generated/prisma/enums.ts";
import { setRequestUser } from "@/lib/log/request-context";
import { getEnv } from "@/lib/env";
import { SECOND_FACTOR_PATH, secondFactorPending } from "@/lib/auth/second-factor";

/** The signed-in user, and whether the session still waits for its second factor. */
type SessionActor = { actor: Actor; pendingSecondFactor: boolean };

const readSession = cache(async (): Promise<SessionActor | null> => {
  const claims = await currentSessionClaims();
  if (!claims) return null;
  // One statement with the organisation joined (a nested select would be a second one).
  const [user] = await db().$queryRaw<SessionUserRow[]>`
    SELECT u."id", u."name", u."email", u."role"::text AS "role", u."active", u."sessionVersion", u."organisationId",
           o."code" AS "organisationCode"
      FROM "User" u JOIN "Organisation" o ON o."id" = u."organisationId"
     WHERE u."id" = ${claims.sub}`;
  // Sign-out (here or elsewhere), deactivation and a role, organisation or password change
  // raise the sessionVersion: every token issued before stops here.
  if (!user || !user.active || user.sessionVersion !== claims.sv) return null;
  // The request's log lines carry the user's id from here on (lib/log/).
  setRequestUser(user.id);
  return {
    actor: toActor({ ...user, organisation: { code: user.organisationCode } }),
    pendingSecondFactor: secondFactorPending(claims, getEnv()),
  };
});

/** The actor of a complete session; null without one, or while its second factor is pending. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await readSession();
  return session && !session.pendingSecondFactor ? session.actor : null;
});

type SessionUserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  sessionVersion: number;
  organisationId: string;
  organisationCode: string;
};

/** For pages and server actions: the actor, or a redirect to the sign-in page. */
export async function requireUser(): Promise<Actor> {
  const session = await readSession();
  if (!session) redirect("/inloggen");
  if (session.pendingSecondFactor) redirect(SECOND_FACTOR_PATH);
  return session.actor;
}

/** For the second step of signing in only: the actor also while the second factor is pending. */
export async function requirePendingUser(): Promise<SessionActor> {
  const session = await readSession();
  if (!session) redirect("/inloggen");
  return session;
}
