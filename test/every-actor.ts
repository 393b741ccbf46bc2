// Runs a domain function as every role of every organisation: the test helper behind each
// "who may do this" test. Creates one user per role × organisation in the test database.
import type { PrismaClient } from "@/lib/db-client";
import type { Actor } from "@/lib/auth/actor";
import { toActor } from "@/lib/auth/to-actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums.ts";

export const ROLES: readonly Role[] = ["READER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"];
export const ORGANISATION_CODES = ["FIN", "BZ", "ADSB"] as const;

export type ActorCase = { actor: Actor; label: string };

/** One user per role × organisation (12), created once per database; organisations must exist. */
export async function everyActor(prisma: PrismaClient): Promise<ActorCase[]> {
  const cases: ActorCase[] = [];
  for (const code of ORGANISATION_CODES) {
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { code } });
    for (const role of ROLES) {
      const email = `matrix-${role.toLowerCase()}@${code.toLowerCase()}.test.opvolging.nl`;
      const user = await prisma.user.upsert({
        where: { email },
        create: { email, name: `Test ${role} ${code}`, role, organisationId: organisation.id },
        update: {},
        include: { organisation: true },
      });
      cases.push({ actor: toActor(user), label: `${role} van ${code}` });
    }
  }
  return cases;
}

export type Outcome = "allowed" | "refused";

/**
 * Calls `run` as every actor and returns what happened next to what the permission table
 * says should happen, for `expect(actual).toEqual(expected)` with a readable diff.
 * `prepare` makes a fresh record owned by `organisationId` for each call, so that one
 * actor's change does not stand in the way of the next.
 */
export async function runAsEveryActor<R>(
  prisma: PrismaClient,
  options: {
    permission: Permission;
    /** The organisation that owns the record; omit for permissions that are not scoped. */
    organisationCode?: (typeof ORGANISATION_CODES)[number];
    prepare: () => Promise<R>;
    run: (actor: Actor, record: R) => Promise<unknown>;
  },
): Promise<{ actual: Record<string, Outcome>; expected: Record<string, Outcome> }> {
  const cases = await everyActor(prisma);
  const owner = options.organisationCode
    ? await prisma.organisation.findUniqueOrThrow({ where: { code: options.organisationCode } })
    : undefined;
  const actual: Record<string, Outcome> = {};
  const expected: Record<string, Outcome> = {};
  for (const { actor, label } of cases) {
    expected[label] = can(actor, options.permission, owner ? { organisationId: owner.id } : undefined)
      ? "allowed"
      : "refused";
    const record = await options.prepare();
    try {
      await options.run(actor, record);
      actual[label] = "allowed";
    } catch (error) {
      if (isAppError(error) && error.code === "FORBIDDEN") actual[label] = "refused";
      else throw error;
    }
  }
  return { actual, expected };
}
