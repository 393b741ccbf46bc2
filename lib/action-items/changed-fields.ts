// The audit trail keeps what a change changed, and nothing else: the fields whose value
// differs, before and after. Values must be JSON (dates as "YYYY-MM-DD").
import type { Prisma } from "@/lib/generated/prisma/client.ts";

type Json = Prisma.InputJsonValue | null;

export function changedFields<T extends Record<string, Json>>(
  before: T,
  after: T,
): { before: Record<string, Json>; after: Record<string, Json>; changed: (keyof T & string)[] } {
  const changed = (Object.keys(after) as (keyof T & string)[]).filter(
    (field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
  );
  return {
    before: Object.fromEntries(changed.map((field) => [field, before[field] ?? null])),
    after: Object.fromEntries(changed.map((field) => [field, after[field] ?? null])),
    changed,
  };
}
