// An action's deadline state as a word with an icon ("⚠ te laat"): the word carries the
// meaning, the icon and colour only repeat it (never colour alone).
import type { DeadlineState } from "@/lib/action-items/deadline-state";
import { nl } from "@/lib/i18n/nl";

const ICON: Record<DeadlineState, string> = {
  OVERDUE: "⚠",
  SOON: "◔",
  ON_TRACK: "→",
  DONE: "✓",
};

export function DeadlineStateLabel({ state }: { state: DeadlineState | null }) {
  if (!state) return null;
  return (
    <span className={`deadline-state deadline-state--${state.toLowerCase().replace("_", "-")}`}>
      <span aria-hidden="true">{ICON[state]}</span> {nl.deadlineState[state]}
    </span>
  );
}
