// The user list for the Beheerder: every account with role, organisation, whether it is
// active, and the issuers of its linked OpenID Connect identities. One query.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums.ts";

export type UserListItem = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  organisation: { code: string; name: string };
  linkedIssuers: string[];
};

export async function listUsers({ actor }: { actor: Actor }): Promise<UserListItem[]> {
  assertCan(actor, "users:manage");
  const users = await db().user.findMany({
    orderBy: [{ organisation: { code: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      organisation: { select: { code: true, name: true } },
      accounts: { select: { issuer: true }, orderBy: { createdAt: "asc" } },
    },
  });
  return users.map(({ accounts, ...user }) => ({ ...user, linkedIssuers: accounts.map((account) => account.issuer) }));
}
