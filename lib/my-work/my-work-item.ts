// The shape of Mijn werk: per kind a count and the first items, each a link with its reason.
import type { Role } from "@/lib/generated/prisma/enums.ts";

export const MY_WORK_KINDS_BY_ROLE = {
  READER: [],
  CONTRIBUTOR: ["ACTION_OVERDUE", "ACTION_DUE_SOON", "ACTION_NO_UPDATE", "MY_DEADLINE_REQUEST", "LETTER_REMARK"],
  COORDINATOR: ["DEADLINE_TO_DECIDE", "LETTER_IN_REVIEW", "COMMITMENT_WITHOUT_LETTER", "OVERDUE_WITHOUT_CONTACT"],
  ADMIN: ["INACTIVE_USER", "TOKEN_EXPIRING", "FEED_EXPIRING"],
} as const satisfies Record<Role, readonly string[]>;

export type MyWorkKind = (typeof MY_WORK_KINDS_BY_ROLE)[Role][number];

export type MyWorkItem = {
  kind: MyWorkKind;
  /** Unique within the page (the record's id, prefixed where one record could appear twice). */
  key: string;
  href: string;
  title: string;
  reason: string;
};

export type MyWorkGroup = { kind: MyWorkKind; total: number; items: MyWorkItem[] };

/** Items shown per kind; the count says how many there are in all. */
export const MY_WORK_LIMIT = 50;

/** How far ahead "binnenkort" looks for actions, for commitments without a letter, and for tokens and calendar addresses. */
export const MY_WORK_HORIZON = { actionDays: 14, commitmentDays: 30, signInDays: 90, tokenDays: 14 } as const;

/** A kind's group from its rows, each carrying the full count (count(*) OVER ()). */
export function groupOf(kind: MyWorkKind, rows: { total: number }[], items: MyWorkItem[]): MyWorkGroup {
  return { kind, total: rows[0]?.total ?? 0, items };
}
