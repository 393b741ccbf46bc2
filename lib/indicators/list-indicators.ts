// The Kengetallen page: every kengetal with its yearly values, oldest year first. Everyone
// signed in reads them. Two statements whatever the number of kengetallen and years.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";

export type IndicatorPoint = { id: string; year: number; value: number; source: string };

export type IndicatorSeries = {
  id: string;
  key: string;
  name: string;
  unit: string;
  description: string;
  source: string;
  values: IndicatorPoint[];
};

export async function listIndicators({ actor }: { actor: Actor }): Promise<IndicatorSeries[]> {
  // Every role reads everything (docs/domain.md), kengetallen included.
  assertCan(actor, "recommendations:read");
  const rows = await db().indicator.findMany({
    orderBy: [{ createdAt: "asc" }, { key: "asc" }],
    select: {
      id: true,
      key: true,
      name: true,
      unit: true,
      description: true,
      source: true,
      values: { orderBy: { year: "asc" }, select: { id: true, year: true, value: true, source: true } },
    },
  });
  // Decimal(14, 2) fits a double exactly enough for two decimals: the page only shows them.
  return rows.map((row) => ({
    ...row,
    values: row.values.map((point) => ({ ...point, value: point.value.toNumber() })),
  }));
}
