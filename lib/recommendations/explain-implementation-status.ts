// The rule that derived a recommendation's status, written out in one Dutch sentence for
// the page that shows it ("Afgeleid uit de acties: 2 van de 3 acties zijn afgerond en geen
// is vertraagd, dus ‘In uitvoering’ (OESO: gedeeltelijk geïmplementeerd)."). Follows
// deriveImplementationStatusFromCounts case by case; the test holds the two together.
import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/nl";
import {
  countingActions,
  deriveImplementationStatusFromCounts,
  toOecdGrade,
  type ActionStatusCounts,
  type OecdGrade,
} from "@/lib/recommendations/derive-implementation-status";

export type StatusExplanation = { status: ImplementationStatus; oecdGrade: OecdGrade; sentence: string };

export function explainImplementationStatus(counts: ActionStatusCounts): StatusExplanation {
  const status = deriveImplementationStatusFromCounts(counts);
  const oecdGrade = toOecdGrade(status);
  const words = nl.recommendationDetail.explanation;
  const reason = reasonFor(status, counts);
  const note = counts.CANCELLED > 0 ? words.cancelledNote(counts.CANCELLED) : "";
  return {
    status,
    oecdGrade,
    sentence: words.sentence(reason + note, nl.implementationStatus[status], nl.oecdGrade[oecdGrade]),
  };
}

function reasonFor(status: ImplementationStatus, counts: ActionStatusCounts): string {
  const words = nl.recommendationDetail.explanation;
  const total = countingActions(counts);
  switch (status) {
    case "NOT_STARTED":
      if (total === 0) return counts.CANCELLED > 0 ? words.noCountingActions : words.noActions;
      return total === 1 ? words.onlyActionNotStarted : words.noneStarted(total);
    case "IMPLEMENTED":
      return total === 1 ? words.onlyActionDone : words.allDone(total);
    case "DELAYED":
      return total === 1 ? words.onlyActionDelayed : words.someDelayed(counts.DELAYED, total, counts.DONE);
    case "IN_PROGRESS":
      if (total === 1) return words.onlyActionInProgress;
      return counts.DONE > 0 ? words.someDone(counts.DONE, total) : words.someInProgress(counts.IN_PROGRESS, total);
  }
}
