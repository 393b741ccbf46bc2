// A commitment's status in its exact words (open · voldaan · deels voldaan · vervallen); the
// word carries the meaning, the tone only supports it.
import type { CommitmentStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/nl";

const TONE: Record<CommitmentStatus, string> = {
  OPEN: "info",
  FULFILLED: "success",
  PARTLY_FULFILLED: "warning",
  LAPSED: "neutral",
};

export function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  return <span className={`status-badge status-badge--${TONE[status]}`}>{nl.commitments.status[status]}</span>;
}
