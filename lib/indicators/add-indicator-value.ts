// "Waarde toevoegen" (Coördinator): one more year of a kengetal, with its own source. A
// year is added once; a second value for it is refused next to the year field. The audit
// event is on the kengetal (its series is what changed), naming the year.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { AddIndicatorValueInput } from "@/lib/validation/indicator";

export type AddedIndicatorValue = { indicatorValueId: string; year: number };

const yearTaken = (year: number) =>
  new AppError("INVALID", nl.indicators.yearTaken(year), {
    fieldError: { field: "year", message: nl.indicators.yearTaken(year) },
  });

export async function addIndicatorValue(
  { actor, input }: { actor: Actor; input: AddIndicatorValueInput },
  tx?: Tx,
): Promise<AddedIndicatorValue> {
  assertCan(actor, "indicators:manage", { entityType: "Indicator", entityId: input.indicatorId });
  try {
    return await withTransaction(tx, async (tx) => {
      const indicator = await tx.indicator.findUnique({ where: { id: input.indicatorId }, select: { id: true } });
      if (!indicator) throw new AppError("NOT_FOUND", nl.indicators.notFound);
      const existing = await tx.indicatorValue.findUnique({
        where: { indicatorId_year: { indicatorId: indicator.id, year: input.year } },
        select: { id: true },
      });
      if (existing) throw yearTaken(input.year);

      const created = await tx.indicatorValue.create({
        data: {
          indicatorId: indicator.id,
          year: input.year,
          value: new Prisma.Decimal(input.value),
          source: input.source,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        entityType: "Indicator",
        entityId: indicator.id,
        kind: "UPDATE",
        before: { year: input.year, value: null, source: null },
        after: { year: input.year, value: input.value, source: input.source },
      });
      return { indicatorValueId: created.id, year: input.year };
    });
  } catch (error) {
    // Two Coördinatoren adding the same year at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw yearTaken(input.year);
    throw error;
  }
}
