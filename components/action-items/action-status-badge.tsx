import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/nl";

/** The badge's colour per status (the word carries the meaning; the colour repeats it). */
export const ACTION_STATUS_TONE: Record<ActionStatus, string> = {
  NOT_STARTED: "neutral",
  IN_PROGRESS: "info",
  DELAYED: "warning",
  DONE: "success",
  CANCELLED: "neutral",
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  return <span className={`status-badge status-badge--${ACTION_STATUS_TONE[status]}`}>{nl.actionStatus[status]}</span>;
}
