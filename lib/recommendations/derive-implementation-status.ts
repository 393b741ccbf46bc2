// A recommendation's implementation status follows from its actions, unless a
// Coördinator has overridden it (with a reason). The OECD Working Group on Bribery
// grades follow-up as fully / partially / not implemented; we show both.
import type { ActionStatus, ImplementationStatus } from "@/lib/generated/prisma/enums.ts";

export type OecdGrade = "FULLY" | "PARTIALLY" | "NOT";

export function deriveImplementationStatus(actionStatuses: readonly ActionStatus[]): ImplementationStatus {
  // A cancelled action no longer counts towards the recommendation.
  const relevant = actionStatuses.filter((status) => status !== "CANCELLED");
  if (relevant.length === 0 || relevant.every((status) => status === "NOT_STARTED")) return "NOT_STARTED";
  if (relevant.every((status) => status === "DONE")) return "IMPLEMENTED";
  if (relevant.some((status) => status === "DELAYED")) return "DELAYED";
  return "IN_PROGRESS";
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
