// The one table of allowed status changes of an action. The forms show only the choices
// it allows the user; the domain functions refuse anything else.
//   Niet gestart → In uitvoering ↔ Vertraagd / geblokkeerd → Afgerond
//   any open status → Geannuleerd (Coördinator, with a reason)
//   Afgerond or Geannuleerd → open again (Coördinator, with a reason)
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";

export type Transition = { to: ActionStatus; permission: Permission; reasonRequired: boolean };

const byUpdater = (to: ActionStatus): Transition => ({ to, permission: "actions:update", reasonRequired: false });
const byCoordinator = (to: ActionStatus): Transition => ({ to, permission: "actions:manage", reasonRequired: true });

export const STATUS_TRANSITIONS: Record<ActionStatus, readonly Transition[]> = {
  NOT_STARTED: [byUpdater("IN_PROGRESS"), byCoordinator("CANCELLED")],
  IN_PROGRESS: [byUpdater("DELAYED"), byUpdater("DONE"), byCoordinator("CANCELLED")],
  DELAYED: [byUpdater("IN_PROGRESS"), byUpdater("DONE"), byCoordinator("CANCELLED")],
  DONE: [byCoordinator("IN_PROGRESS")],
  CANCELLED: [byCoordinator("NOT_STARTED"), byCoordinator("IN_PROGRESS")],
};

export function findTransition(from: ActionStatus, to: ActionStatus): Transition | undefined {
  return STATUS_TRANSITIONS[from].find((transition) => transition.to === to);
}

/** The transitions this actor may make on an action of `organisationId` from `from`. */
export function allowedTransitions(
  actor: Pick<Actor, "role" | "organisationId">,
  from: ActionStatus,
  organisationId: string,
): Transition[] {
  return STATUS_TRANSITIONS[from].filter((transition) => can(actor, transition.permission, { organisationId }));
}

/** The statuses this actor may move an action of `organisationId` to from `from`. */
export function allowedNextStatuses(
  actor: Pick<Actor, "role" | "organisationId">,
  from: ActionStatus,
  organisationId: string,
): ActionStatus[] {
  return allowedTransitions(actor, from, organisationId).map((transition) => transition.to);
}

export function isOpenStatus(status: ActionStatus): boolean {
  return status !== "DONE" && status !== "CANCELLED";
}
