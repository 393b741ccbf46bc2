// The authorization matrix's rows: one per server action and route handler. Each area
// keeps its rows in `test/authorization/<area>.rows.ts` (found by the matrix test), and a
// new server action or route without a row (or an exemption with its reason) fails the test.
import type { PrismaClient } from "@/lib/db-client";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";

export type MatrixContext = {
  prisma: PrismaClient;
  /** The actor the call runs as (also what requireUser/getActor return). */
  actor: Actor;
  /** The organisation that owns the record the call is about: the actor's own or another. */
  organisation: { id: string; code: string };
  /** A FormData from plain fields, as a browser would post it. */
  form: (fields: Record<string, string>) => FormData;
};

export type MatrixRow = {
  /** "<file under app/>#<export>", e.g. "app/(app)/acties/[id]/actions.ts#addProgressUpdateAction" */
  target: string;
  /** What the domain function checks; the expectation per role × organisation follows from the table. */
  permission: Permission;
  /** Whether the record's organisation matters (own / other), as for actions:update. */
  scoped: boolean;
  /** Makes a fresh record owned by `ctx.organisation` and returns the arguments to call the target with. */
  prepare: (ctx: MatrixContext) => Promise<unknown[]>;
  /** Whether a refused call must leave a PERMISSION_REFUSED audit event (every change must; reads need not). */
  auditsRefusal: boolean;
};

/** A target outside the matrix, with the reason (sign-in itself, the session's own sign-out). */
export type MatrixExemption = { target: string; reason: string };

export type MatrixRows = { rows?: MatrixRow[]; exemptions?: MatrixExemption[] };
