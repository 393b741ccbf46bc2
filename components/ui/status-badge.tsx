import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/nl";

/** The badge's colour per status (the word carries the meaning; the colour repeats it). */
export const IMPLEMENTATION_STATUS_TONE: Record<ImplementationStatus, string> = {
  NOT_STARTED: "neutral",
  IN_PROGRESS: "info",
  DELAYED: "warning",
  IMPLEMENTED: "success",
};

export function ImplementationStatusBadge({ status }: { status: ImplementationStatus }) {
  return (
    <span className={`status-badge status-badge--${IMPLEMENTATION_STATUS_TONE[status]}`}>
      {nl.implementationStatus[status]}
    </span>
  );
}
