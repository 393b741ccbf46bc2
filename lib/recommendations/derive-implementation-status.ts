// A recommendation's implementation status follows from its actions, unless a
// Coördinator has overridden it (with a reason). The OECD Working Group on Bribery
// grades follow-up as fully / partially / not implemented; we show both.
import type { ActionStatus, ImplementationStatus } from "@/lib/generated/prisma/enums.ts";

export type OecdGrade = "FULLY" | "PARTIALLY" | "NOT";

/** How many of a recommendation's actions are in each status (what the list aggregates in SQL). */
export type ActionStatusCounts = Record<ActionStatus, number>;

export function countActionStatuses(actionStatuses: readonly ActionStatus[]): ActionStatusCounts {
  const counts: ActionStatusCounts = { NOT_STARTED: 0, IN_PROGRESS: 0, DELAYED: 0, DONE: 0, CANCELLED: 0 };
  for (const status of actionStatuses) counts[status] += 1;
  return counts;
}

/** The actions that count towards the recommendation: a cancelled action no longer does. */
export function countingActions(counts: ActionStatusCounts): number {
  return counts.NOT_STARTED + counts.IN_PROGRESS + counts.DELAYED + counts.DONE;
}

export function deriveImplementationStatusFromCounts(counts: ActionStatusCounts): ImplementationStatus {
  const relevant = countingActions(counts);
  if (relevant === 0 || counts.NOT_STARTED === relevant) return "NOT_STARTED";
  if (counts.DONE === relevant) return "IMPLEMENTED";
  if (counts.DELAYED > 0) return "DELAYED";
  return "IN_PROGRESS";
}

export function deriveImplementationStatus(actionStatuses: readonly ActionStatus[]): ImplementationStatus {
  return deriveImplementationStatusFromCounts(countActionStatuses(actionStatuses));
}

export function effectiveImplementationStatus(
  actionStatuses: readonly ActionStatus[],
  override: ImplementationStatus | null,
): ImplementationStatus {
  return override ?? deriveImplementationStatus(actionStatuses);
}

export function toOecdGrade(status: ImplementationStatus): OecdGrade {
  if (status === "IMPLEMENTED") return "FULLY";
  if (status === "NOT_STARTED") return "NOT";
  return "PARTIALLY";
}
