// An action's deadline state as a word with an icon ("⚠ te laat"): the word carries the
// meaning, the icon and colour only repeat it (never colour alone). The icon comes from
// app/globals.css (`.deadline-state--…::before`), with no text for screen readers, as
// aria-hidden gave it: in the markup it cost about 100 bytes on each of 50 rows of /acties,
// twice (HTML and RSC data).
import type { DeadlineState } from "@/lib/action-items/deadline-state";
import { nl } from "@/lib/i18n/nl";
import { deadlineStateClassName } from "@/components/action-items/deadline-state-class";

export function DeadlineStateLabel({ state }: { state: DeadlineState | null }) {
  if (!state) return null;
  return <span className={deadlineStateClassName(state)}>{nl.deadlineState[state]}</span>;
}
