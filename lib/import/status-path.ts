// How an import moves an action's status: only through the one table of transitions
// (lib/action-items/status-transitions.ts), and only through the steps any updater may take
// without a reason. "Niet gestart" → "Afgerond" becomes Niet gestart → In uitvoering →
// Afgerond, each step a journal entry; cancelling and reopening ask for a reason, which a
// spreadsheet cell cannot give well, so they stay on the action page.
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { STATUS_TRANSITIONS } from "@/lib/action-items/status-transitions";

/** The statuses to pass through after `from` to reach `to` ([] when equal), or null when the import may not. */
export function statusPath(from: ActionStatus, to: ActionStatus): ActionStatus[] | null {
  if (from === to) return [];
  const previous = new Map<ActionStatus, ActionStatus>([[from, from]]);
  const queue: ActionStatus[] = [from];
  while (queue.length > 0) {
    const status = queue.shift()!;
    for (const transition of STATUS_TRANSITIONS[status]) {
      if (transition.reasonRequired || previous.has(transition.to)) continue;
      previous.set(transition.to, status);
      if (transition.to === to) {
        const path: ActionStatus[] = [to];
        for (let step = status; step !== from; step = previous.get(step)!) path.unshift(step);
        return path;
      }
      queue.push(transition.to);
    }
  }
  return null;
}
