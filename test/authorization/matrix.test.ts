// Every server action and route handler × every role × the actor's own and another
// organisation: allowed or refused as the permission table (docs/domain.md) says. The calls go
// through the real server actions and route handlers, with only the session mocked.
// It fails when a server action or route handler has neither a row nor an exemption.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpSeededDatabase } from "@/test/seeded-database";
import { everyActor, ROLES } from "@/test/every-actor";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { MatrixRow } from "./matrix";
import { exemptions, loadTarget, RedirectSignal, rows, targets, toFormData } from "./targets";
import { session } from "@/test/authorization/request-stubs";

vi.mock("@/lib/auth/require-user", () =>
  import("@/test/authorization/request-stubs").then((stubs) => stubs.requireUserStub),
);
vi.mock("next/cache", () => import("@/test/authorization/request-stubs").then((stubs) => stubs.cacheStub));
vi.mock("next/navigation", () => import("@/test/authorization/request-stubs").then((stubs) => stubs.navigationStub));

const database = setUpSeededDatabase();

describe("authorization matrix", () => {
  it("has a row or an exemption for every exported server action and route handler", async () => {
    const exported: string[] = [];
    for (const [path, load] of Object.entries(targets)) {
      const exports = await load();
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value === "function") exported.push(`${path.slice(1)}#${name}`);
      }
    }
    const covered = new Set([...rows.map((row) => row.target), ...exemptions.map((exemption) => exemption.target)]);
    expect(exported.filter((target) => !covered.has(target)).sort()).toEqual([]);
    // …and no row for something that no longer exists.
    expect([...covered].filter((target) => !exported.includes(target)).sort()).toEqual([]);
  });

  let actors: Actor[];
  let organisations: { id: string; code: string }[];
  beforeAll(async () => {
    // The actor is of ADSB; "own" records belong to ADSB, "other" records to FIN.
    actors = (await everyActor(database.prisma))
      .map((entry) => entry.actor)
      .filter((actor) => actor.organisationCode === "ADSB");
    organisations = await database.prisma.organisation.findMany({
      where: { code: { in: ["ADSB", "FIN"] } },
      select: { id: true, code: true },
      orderBy: { code: "asc" },
    });
  });

  for (const row of rows) {
    for (const role of ROLES) {
      for (const owner of row.scoped ? (["own", "other"] as const) : (["own"] as const)) {
        it(`${row.target}: ${role} on ${owner} organisation`, async () => {
          const actor = actors.find((candidate) => candidate.role === role)!;
          const organisation = organisations.find(
            (candidate) => candidate.code === (owner === "own" ? "ADSB" : "FIN"),
          )!;
          await expectOutcome(row, actor, organisation);
        });
      }
    }
  }
});

async function expectOutcome(row: MatrixRow, actor: Actor, organisation: { id: string; code: string }) {
  const allowed = can(actor, row.permission, row.scoped ? { organisationId: organisation.id } : undefined);
  const args = await row.prepare({ prisma: database.prisma, actor, organisation, form: toFormData });
  const target = await loadTarget(row.target);
  const refusalsBefore = await countRefusals(actor);

  session.actor = actor;
  let outcome: unknown;
  try {
    outcome = await target(...args);
  } catch (error) {
    if (!(error instanceof RedirectSignal)) throw error;
    outcome = error;
  } finally {
    session.actor = null;
  }

  expect(classify(outcome), `${actor.role} van ${actor.organisationCode} op een record van ${organisation.code}`).toBe(
    allowed ? "allowed" : "refused",
  );
  if (!allowed && row.auditsRefusal) expect(await countRefusals(actor)).toBe(refusalsBefore + 1);
  // A streamed answer (a backup) is not read here: cancelling it lets go of what it holds.
  if (outcome instanceof Response) await outcome.body?.cancel().catch(() => {});
}

function classify(outcome: unknown): "allowed" | "refused" {
  if (outcome instanceof RedirectSignal)
    return /melding=geen-toegang|^\/inloggen/.test(outcome.url) ? "refused" : "allowed";
  if (outcome instanceof Response) {
    if (outcome.status === 401 || outcome.status === 403) return "refused";
    // A 404, 409 or 422 would pass for "allowed" while the call never reached the permission check.
    if (outcome.status >= 400) throw new Error(`Onverwachte uitkomst: HTTP ${outcome.status}`);
    return "allowed";
  }
  if (typeof outcome === "object" && outcome !== null && "status" in outcome) {
    const status = (outcome as { status: unknown }).status;
    if (status === "refused") return "refused";
    if (status === "error" || status === "invalid" || status === "conflict")
      throw new Error(`Onverwachte uitkomst: ${JSON.stringify(outcome)}`);
  }
  return "allowed";
}

function countRefusals(actor: Actor) {
  return database.prisma.auditEvent.count({ where: { actorId: actor.id, kind: "PERMISSION_REFUSED" } });
}
