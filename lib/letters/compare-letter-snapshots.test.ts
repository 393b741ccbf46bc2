// "Wat is er veranderd": two snapshots built by hand, one change of every kind.
import { describe, expect, it } from "vitest";
import { fixtureLetterSnapshot } from "@/test/letter-fixture";
import type { SnapshotAction, SnapshotRecommendation } from "./letter-snapshot";
import { compareLetterSnapshots } from "./compare-letter-snapshots";

function action(id: string, overrides: Partial<SnapshotAction> = {}): SnapshotAction {
  return {
    id,
    title: `Actie ${id}`,
    organisation: "ADSB",
    status: "IN_PROGRESS",
    dueDate: "2023-06-30",
    completedOn: null,
    percentDone: 50,
    cancelReason: null,
    illustrative: true,
    latestProgress: null,
    ...overrides,
  };
}

function recommendation(
  id: string,
  number: number,
  overrides: Partial<SnapshotRecommendation> = {},
): SnapshotRecommendation {
  return {
    id,
    evaluationId: "e1",
    number,
    title: `Aanbeveling ${number}`,
    text: "",
    illustrative: true,
    leadOrganisation: "FIN",
    status: "IN_PROGRESS",
    statusOverridden: false,
    actions: [],
    ...overrides,
  };
}

const previous = fixtureLetterSnapshot("c1", {
  peildatum: "2022-11-17",
  recommendations: [
    recommendation("r1", 1, {
      status: "NOT_STARTED",
      actions: [action("a-finish"), action("a-cancel"), action("a-move"), action("a-same")],
    }),
    recommendation("r2", 2, {
      status: "IN_PROGRESS",
      actions: [action("a-done-before", { status: "DONE", completedOn: "2022-10-01" })],
    }),
    recommendation("r-gone", 9, { status: "DELAYED" }),
  ],
});

const current = fixtureLetterSnapshot("c1", {
  peildatum: "2023-04-03",
  previousLetter: {
    letterDraftId: "l0",
    document: { id: "d0", title: "Vorige brief", date: "2022-11-17", dossier: "36 200 IX", number: "11" },
  },
  recommendations: [
    recommendation("r1", 1, {
      status: "IN_PROGRESS",
      actions: [
        action("a-finish", { status: "DONE", completedOn: "2023-03-01" }),
        action("a-cancel", { status: "CANCELLED", cancelReason: "Opgegaan in actie a-new." }),
        action("a-move", { dueDate: "2023-12-31" }),
        action("a-same"),
        action("a-new", { dueDate: "2023-09-01", status: "NOT_STARTED" }),
      ],
    }),
    recommendation("r2", 2, {
      status: "IN_PROGRESS",
      actions: [action("a-done-before", { status: "DONE", completedOn: "2022-10-01" })],
    }),
    recommendation("r3", 3, { status: "NOT_STARTED" }),
  ],
});

describe("compareLetterSnapshots", () => {
  const comparison = compareLetterSnapshots(previous, current);

  it("gives each recommendation's status then and now, new ones and ones no longer in the letter", () => {
    expect(comparison.peildatum).toEqual({ then: "2022-11-17", now: "2023-04-03" });
    expect(comparison.recommendations.map(({ id, then, now, change }) => ({ id, then, now, change }))).toEqual([
      { id: "r1", then: "NOT_STARTED", now: "IN_PROGRESS", change: "CHANGED" },
      { id: "r2", then: "IN_PROGRESS", now: "IN_PROGRESS", change: "UNCHANGED" },
      { id: "r3", then: null, now: "NOT_STARTED", change: "NEW" },
      { id: "r-gone", then: "DELAYED", now: null, change: "REMOVED" },
    ]);
  });

  it("finds the new, finished, cancelled and moved actions, and nothing for an unchanged one", () => {
    const { actions } = comparison;
    expect(actions.new.map((a) => [a.id, a.status, a.dueDate, a.recommendation.number])).toEqual([
      ["a-new", "NOT_STARTED", "2023-09-01", 1],
    ]);
    expect(actions.finished.map((a) => [a.id, a.completedOn])).toEqual([["a-finish", "2023-03-01"]]);
    expect(actions.cancelled.map((a) => [a.id, a.cancelReason])).toEqual([["a-cancel", "Opgegaan in actie a-new."]]);
    expect(actions.moved.map((a) => [a.id, a.from, a.to])).toEqual([["a-move", "2023-06-30", "2023-12-31"]]);
    const mentioned = [...actions.new, ...actions.finished, ...actions.cancelled, ...actions.moved].map((a) => a.id);
    expect(mentioned).not.toContain("a-same");
    expect(mentioned).not.toContain("a-done-before");
  });

  it("without a previous letter, has every recommendation and action as new and nothing else", () => {
    const first = compareLetterSnapshots(null, current);
    expect(first.peildatum.then).toBeNull();
    expect(first.recommendations.every((r) => r.change === "NEW" && r.then === null)).toBe(true);
    expect(first.actions.new).toHaveLength(6);
    expect([first.actions.finished, first.actions.cancelled, first.actions.moved]).toEqual([[], [], []]);
  });
});
