// How many remarks on a letter are still open (not resolved): shown beside "Vaststellen",
// which approve-letter.ts refuses while any are. For the coordinator, who may see them all.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";

export async function countOpenRemarks({ actor, letterId }: { actor: Actor; letterId: string }): Promise<number> {
  assertCan(actor, "letters:manage");
  return db().letterRemark.count({ where: { letterDraftId: letterId, resolvedAt: null } });
}
