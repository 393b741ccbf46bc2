// The Kamerbrief workflow in one table: concept → ter review → vastgesteld → verzonden, and
// back to concept (with a reason) from review or vastgesteld. Who may read a letter in which
// state, and when its text may change, are decided here and nowhere else.
import type { LetterStatus } from "@/lib/generated/prisma/enums.ts";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

export const LETTER_TRANSITIONS: Record<LetterStatus, readonly LetterStatus[]> = {
  DRAFT: ["IN_REVIEW"],
  IN_REVIEW: ["APPROVED", "DRAFT"],
  APPROVED: ["SENT", "DRAFT"],
  SENT: [],
};

export function canMoveLetter(from: LetterStatus, to: LetterStatus): boolean {
  return LETTER_TRANSITIONS[from].includes(to);
}

/** Going back to concept needs a reason (it unlocks a text that was under review or vastgesteld). */
export function transitionNeedsReason(from: LetterStatus, to: LetterStatus): boolean {
  return to === "DRAFT" && from !== "DRAFT";
}

/** The text may change in concept and in review (the coordinator edits while reviewers remark); vastgesteld locks it. */
export function isLetterTextEditable(status: LetterStatus): boolean {
  return status === "DRAFT" || status === "IN_REVIEW";
}

/** Remarks are made while the letter is in review. */
export function acceptsRemarks(status: LetterStatus): boolean {
  return status === "IN_REVIEW";
}

/**
 * The coordinator (letters:manage) reads every letter; everyone else reads a letter once it
 * is offered for review, and from then on (a concept is the coordinator's working text).
 */
export function canReadLetter(actor: Pick<Actor, "role" | "organisationId">, status: LetterStatus): boolean {
  if (can(actor, "letters:manage")) return true;
  return can(actor, "letters:read") && status !== "DRAFT";
}
