// What both kinds of report freeze alike about the actions (build-letter-snapshot.ts for a
// Kamerbrief, build-oecd-snapshot.ts for the OECD report): the columns read per action, its
// fields in the snapshot, the actions grouped under their recommendation with each one's
// latest progress, and a recommendation's effective status from them. A report kind adds
// its own fields (the OECD report its English texts) around these.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client.ts";
import type { ActionStatus, ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import { toCalendarDate, type CalendarDate } from "@/lib/calendar-date";
import { effectiveImplementationStatus } from "@/lib/recommendations/derive-implementation-status";

export const snapshotDay = (date: Date | null): CalendarDate | null => (date ? toCalendarDate(date) : null);

/** The columns of an action that every snapshot freezes (a Prisma select). */
export const SNAPSHOT_ACTION_SELECT = {
  id: true,
  recommendationId: true,
  title: true,
  status: true,
  dueDate: true,
  completedOn: true,
  percentDone: true,
  cancelReason: true,
  isIllustrative: true,
  ownerOrganisation: { select: { code: true } },
} as const;

export type SnapshotActionRow = Prisma.ActionItemGetPayload<{ select: typeof SNAPSHOT_ACTION_SELECT }>;

/** An action's fields as every snapshot holds them, with its latest progress (or null). */
export function snapshotActionFields<P>(row: SnapshotActionRow, latestProgress: P | null) {
  return {
    id: row.id,
    title: row.title,
    organisation: row.ownerOrganisation.code,
    status: row.status,
    dueDate: toCalendarDate(row.dueDate),
    completedOn: snapshotDay(row.completedOn),
    percentDone: row.percentDone,
    cancelReason: row.cancelReason,
    illustrative: row.isIllustrative,
    latestProgress,
  };
}

/** The actions under their recommendation's id, in the order read, each made by `toAction`. */
export function groupByRecommendation<R extends { recommendationId: string }, A>(
  rows: readonly R[],
  toAction: (row: R) => A,
): Map<string, A[]> {
  const grouped = new Map<string, A[]>();
  for (const row of rows) {
    const list = grouped.get(row.recommendationId) ?? [];
    list.push(toAction(row));
    grouped.set(row.recommendationId, list);
  }
  return grouped;
}

/** A recommendation's status in a snapshot: the coordinator's override, else derived from its actions. */
export function snapshotRecommendationStatus(
  actions: readonly { status: ActionStatus }[],
  statusOverride: ImplementationStatus | null,
): { status: ImplementationStatus; statusOverridden: boolean } {
  return {
    status: effectiveImplementationStatus(
      actions.map((action) => action.status),
      statusOverride,
    ),
    statusOverridden: statusOverride !== null,
  };
}
