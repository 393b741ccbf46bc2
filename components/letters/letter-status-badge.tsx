// A letter's workflow state in its exact words (concept · ter review · vastgesteld · verzonden).
import type { LetterStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/nl";

const TONE: Record<LetterStatus, string> = {
  DRAFT: "neutral",
  IN_REVIEW: "info",
  APPROVED: "warning",
  SENT: "success",
};

export function LetterStatusBadge({ status }: { status: LetterStatus }) {
  return <span className={`status-badge status-badge--${TONE[status]}`}>{nl.letterStatus[status]}</span>;
}
