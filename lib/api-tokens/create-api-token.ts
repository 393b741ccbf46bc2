// "API-token maken": a new personal token for the signed-in user, of their own only, with a
// name and a last valid day (30, 90 or 365 days ahead, or a date at most a year ahead). The
// token goes back to the caller once and is never stored, logged or audited; the row keeps
// its SHA-256. At most MAX_ACTIVE_API_TOKENS valid tokens per user, counted under a lock on
// the user's row so that two quick clicks cannot pass the limit together.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { addDays, now, today, type CalendarDate } from "@/lib/clock";
import { fromAmsterdamWallTime } from "@/lib/calendar-date";
import { newApiTokenSecret } from "@/lib/api-tokens/api-token-secret";
import type { CreateApiTokenInput } from "@/lib/validation/api-token";

export const MAX_ACTIVE_API_TOKENS = 10;
export const API_TOKEN_MAX_DAYS = 365;

export type CreatedApiToken = { tokenId: string; token: string; prefix: string; expiresOn: CalendarDate };

export async function createApiToken(
  { actor, input }: { actor: Actor; input: CreateApiTokenInput },
  tx?: Tx,
): Promise<CreatedApiToken> {
  const day = today();
  const expiresOn = input.expiry === "date" ? input.expiresOn! : addDays(day, Number(input.expiry));
  if (expiresOn <= day || expiresOn > addDays(day, API_TOKEN_MAX_DAYS)) {
    throw new AppError("INVALID", nl.profile.tokenExpiresOnRange, {
      fieldError: { field: "expiresOn", message: nl.profile.tokenExpiresOnRange },
    });
  }
  return withTransaction(tx, async (tx) => {
    const moment = now();
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id} FOR UPDATE`;
    const active = await tx.apiToken.count({ where: { userId: actor.id, revokedAt: null, expiresAt: { gt: moment } } });
    if (active >= MAX_ACTIVE_API_TOKENS)
      throw new AppError("INVALID", nl.profile.tokenLimitReached(MAX_ACTIVE_API_TOKENS));

    const { token, tokenHash, prefix } = newApiTokenSecret();
    // The domain clock for every time of a token (created, expires, last used), so that with
    // APP_TODAY pinned a 30-day token is not born expired.
    const created = await tx.apiToken.create({
      data: {
        userId: actor.id,
        name: input.name,
        tokenHash,
        prefix,
        expiresAt: endOfDay(expiresOn),
        createdAt: moment,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "User",
      entityId: actor.id,
      kind: "API_TOKEN_CREATED",
      after: { apiToken: created.id, name: input.name, prefix, expiresOn },
    });
    return { tokenId: created.id, token, prefix, expiresOn };
  });
}

/** The token holds through its last day, Amsterdam time: it ends at the next midnight. */
export function endOfDay(day: CalendarDate): Date {
  const [year, month, date] = addDays(day, 1).split("-").map(Number) as [number, number, number];
  return fromAmsterdamWallTime({ year, month, day: date, hour: 0, minute: 0, second: 0 });
}
