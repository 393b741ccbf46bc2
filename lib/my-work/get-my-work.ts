// Mijn werk: what the signed-in person must do now, by role (a Lezer has nothing to do), per
// kind a count and the first items. A fixed number of statements per role, whatever the data
// size (test/query-counts.test.ts, scripts/bench/).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { now as clockNow, today as clockToday } from "@/lib/clock";
import { adminWork } from "./admin-work";
import { contributorWork } from "./contributor-work";
import { coordinatorWork } from "./coordinator-work";
import type { MyWorkGroup } from "./my-work-item";

export type MyWork = { groups: MyWorkGroup[]; total: number };

export async function getMyWork({ actor }: { actor: Actor }): Promise<MyWork> {
  assertCan(actor, "recommendations:read");
  const today = clockToday();
  const now = clockNow();
  const groups =
    actor.role === "CONTRIBUTOR"
      ? await contributorWork(actor, today, now)
      : actor.role === "COORDINATOR"
        ? await coordinatorWork(today)
        : actor.role === "ADMIN"
          ? await adminWork(now)
          : [];
  return { groups, total: groups.reduce((sum, group) => sum + group.total, 0) };
}
