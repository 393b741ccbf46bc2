// The actions a coordinator ticked on /acties, for the page where the new contact person is
// chosen (/acties/toewijzen): each with its organisation and present contact person, in the
// order they were ticked, with the version the box carried: the assignment refuses an action
// changed since the list was shown, and names it. (The page does not mark such an action
// beforehand: after the assignment its own change would look the same.)
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { BulkAssignChoices } from "@/lib/validation/bulk-assign";

export type BulkAssignChoice = {
  id: string;
  /** The version the box carried: the assignment is checked against it. */
  version: number;
  title: string;
  isIllustrative: boolean;
  organisation: { id: string; code: string; name: string };
  contactName: string | null;
};

export type BulkAssignChoiceList = {
  choices: BulkAssignChoice[];
  /** Ticked actions that no longer exist. */
  missing: number;
};

export async function listBulkAssignChoices({
  actor,
  choices,
}: {
  actor: Actor;
  choices: BulkAssignChoices;
}): Promise<BulkAssignChoiceList> {
  assertCan(actor, "actions:manage");
  const found = new Map(
    (
      await db().actionItem.findMany({
        where: { id: { in: choices.map((choice) => choice.id) } },
        select: {
          id: true,
          title: true,
          isIllustrative: true,
          ownerOrganisation: { select: { id: true, code: true, name: true } },
          contactUser: { select: { name: true } },
        },
      })
    ).map((action) => [action.id, action]),
  );
  const listed = choices.flatMap((choice): BulkAssignChoice[] => {
    const action = found.get(choice.id);
    if (!action) return [];
    return [
      {
        id: action.id,
        version: choice.version,
        title: action.title,
        isIllustrative: action.isIllustrative,
        organisation: action.ownerOrganisation,
        contactName: action.contactUser?.name ?? null,
      },
    ];
  });
  return { choices: listed, missing: choices.length - listed.length };
}
