import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/nl";

const TONE: Record<ImplementationStatus, string> = {
  NOT_STARTED: "neutral",
  IN_PROGRESS: "info",
  DELAYED: "warning",
  IMPLEMENTED: "success",
};

export function ImplementationStatusBadge({ status }: { status: ImplementationStatus }) {
  return <span className={`status-badge status-badge--${TONE[status]}`}>{nl.implementationStatus[status]}</span>;
}
