// "Wat is er veranderd sinds de vorige brief": two snapshots side by side (the previous sent
// letter's and this letter's), per recommendation its status then and now, and the actions
// that are new, finished, cancelled or moved (due date changed) since. Pure: snapshots in,
// comparison out. With no previous snapshot every recommendation and action is new.
import type { ActionStatus, ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import type { CalendarDate } from "@/lib/calendar-date";
import type { LetterSnapshot, SnapshotAction, SnapshotRecommendation } from "@/lib/letters/letter-snapshot";

export type RecommendationChange = "NEW" | "CHANGED" | "UNCHANGED" | "REMOVED";

export type RecommendationComparison = {
  id: string;
  number: number;
  title: string;
  illustrative: boolean;
  /** Null when the recommendation was not in the previous letter. */
  then: ImplementationStatus | null;
  /** Null when it is no longer in this letter. */
  now: ImplementationStatus | null;
  change: RecommendationChange;
};

/** An action as the comparison names it: with its recommendation, as of this letter (or the previous one if it left). */
export type ComparedAction = {
  id: string;
  title: string;
  organisation: string;
  illustrative: boolean;
  recommendation: { number: number; title: string };
  status: ActionStatus;
  dueDate: CalendarDate;
};

export type LetterComparison = {
  peildatum: { then: CalendarDate | null; now: CalendarDate };
  recommendations: RecommendationComparison[];
  actions: {
    new: ComparedAction[];
    finished: (ComparedAction & { completedOn: CalendarDate | null })[];
    cancelled: (ComparedAction & { cancelReason: string | null })[];
    moved: (ComparedAction & { from: CalendarDate; to: CalendarDate })[];
  };
};

/** What the comparison reads of a snapshot: both report kinds have it (lib/reports/oecd-snapshot.ts). */
export type ComparableSnapshot = Pick<LetterSnapshot, "peildatum" | "recommendations">;

export function compareLetterSnapshots(
  previous: ComparableSnapshot | null,
  current: ComparableSnapshot,
): LetterComparison {
  const before = new Map(
    (previous?.recommendations ?? []).map((recommendation) => [recommendation.id, recommendation]),
  );
  const nowIds = new Set(current.recommendations.map((recommendation) => recommendation.id));

  const recommendations: RecommendationComparison[] = [
    ...current.recommendations.map((recommendation) => {
      const then = before.get(recommendation.id)?.status ?? null;
      const change: RecommendationChange =
        then === null ? "NEW" : then === recommendation.status ? "UNCHANGED" : "CHANGED";
      return { ...recommendationRef(recommendation), then, now: recommendation.status, change };
    }),
    ...[...before.values()]
      .filter((recommendation) => !nowIds.has(recommendation.id))
      .map((recommendation) => ({
        ...recommendationRef(recommendation),
        then: recommendation.status,
        now: null,
        change: "REMOVED" as const,
      })),
  ];

  const previousActions = new Map<string, SnapshotAction>();
  for (const recommendation of previous?.recommendations ?? [])
    for (const action of recommendation.actions) previousActions.set(action.id, action);

  const actions: LetterComparison["actions"] = { new: [], finished: [], cancelled: [], moved: [] };
  for (const recommendation of current.recommendations) {
    for (const action of recommendation.actions) {
      const compared = actionRef(action, recommendation);
      const old = previousActions.get(action.id);
      if (!old) {
        actions.new.push(compared);
        continue;
      }
      if (action.status === "DONE" && old.status !== "DONE")
        actions.finished.push({ ...compared, completedOn: action.completedOn });
      if (action.status === "CANCELLED" && old.status !== "CANCELLED")
        actions.cancelled.push({ ...compared, cancelReason: action.cancelReason });
      if (action.dueDate !== old.dueDate) actions.moved.push({ ...compared, from: old.dueDate, to: action.dueDate });
    }
  }
  return { peildatum: { then: previous?.peildatum ?? null, now: current.peildatum }, recommendations, actions };
}

function recommendationRef(recommendation: SnapshotRecommendation) {
  return {
    id: recommendation.id,
    number: recommendation.number,
    title: recommendation.title,
    illustrative: recommendation.illustrative,
  };
}

function actionRef(action: SnapshotAction, recommendation: SnapshotRecommendation): ComparedAction {
  return {
    id: action.id,
    title: action.title,
    organisation: action.organisation,
    illustrative: action.illustrative,
    recommendation: { number: recommendation.number, title: recommendation.title },
    status: action.status,
    dueDate: action.dueDate,
  };
}
