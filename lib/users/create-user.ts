// A Beheerder adds a user: name, e-mail address (one account per address, whatever its
// capitals), organisation and role, and in the same transaction sends the invitation with
// which the person chooses their own password (lib/accounts/send-invitation.ts): nobody
// but the person ever knows it. The account can also sign in through the identity provider.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { CreateUserInput } from "@/lib/validation/user";
import { sendInvitation } from "@/lib/accounts/send-invitation";

export type CreatedUser = { userId: string };

const emailTaken = () =>
  new AppError("INVALID", nl.userManagement.emailTaken, {
    fieldError: { field: "email", message: nl.userManagement.emailTaken },
  });

export async function createUser(
  { actor, input }: { actor: Actor; input: CreateUserInput },
  tx?: Tx,
): Promise<CreatedUser> {
  assertCan(actor, "users:manage", { entityType: "User", entityId: "nieuw" });
  try {
    return await withTransaction(tx, async (tx) => {
      const organisation = await tx.organisation.findUnique({
        where: { id: input.organisationId },
        select: { id: true },
      });
      if (!organisation) {
        throw new AppError("INVALID", nl.userManagement.organisationUnknown, {
          fieldError: { field: "organisationId", message: nl.userManagement.organisationUnknown },
        });
      }
      // New addresses are stored in lower case; this also finds an older one with capitals.
      const existing = await tx.user.findFirst({
        where: { email: { equals: input.email, mode: "insensitive" } },
        select: { id: true },
      });
      if (existing) throw emailTaken();

      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, organisationId: organisation.id },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        entityType: "User",
        entityId: user.id,
        kind: "CREATE",
        after: {
          name: input.name,
          email: input.email,
          role: input.role,
          organisationId: organisation.id,
          active: true,
        },
      });
      await sendInvitation({ actor, input: { userId: user.id } }, tx);
      return { userId: user.id };
    });
  } catch (error) {
    // Two Beheerders adding the same address at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw emailTaken();
    throw error;
  }
}
