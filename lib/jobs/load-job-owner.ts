// The one who started a job, as the actor its work runs as: every domain function the job
// calls checks that person's permission again and writes that person in the audit trail.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { toActor } from "@/lib/auth/to-actor";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";

export async function loadJobOwner(ownerId: string | null): Promise<Actor> {
  const owner = ownerId
    ? await db().user.findUnique({
        where: { id: ownerId },
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          organisationId: true,
          organisation: { select: { code: true } },
        },
      })
    : null;
  if (!owner) throw new AppError("INVALID", nl.jobs.failed);
  return toActor(owner);
}
