// The server-side gate every page, action and route handler passes through. It reads
// the user from the database on each request (once per render, via React's cache), so
// a deactivated account, a changed role or a raised sessionVersion takes effect at once.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { toActor } from "@/lib/auth/to-actor";
import { userSummarySelect } from "@/lib/users/user-summary";
import { setRequestUser } from "@/lib/log/request-context";

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { ...userSummarySelect, sessionVersion: true, organisationId: true },
  });
  // The jwt callback checked the version a moment ago; checking it here as well closes the
  // gap between that read and this one (a sign-out elsewhere in between).
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion) return null;
  // The request's log lines carry the user's id from here on (lib/log/).
  setRequestUser(user.id);
  return toActor(user);
});

/** For pages and server actions: the actor, or a redirect to the sign-in page. */
export async function requireUser(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/inloggen");
  return actor;
}
