// The user list for the Beheerder, one page at a time: each account with role,
// organisation, whether it is active, and the issuers of its linked OpenID Connect
// identities. Two queries (the count and the page), whatever the number of users.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { userSummarySelect, type UserSummary } from "@/lib/users/user-summary";
import { pageWindow } from "@/lib/validation/pagination";

export type UserListItem = UserSummary & { linkedIssuers: string[] };

export const USERS_PER_PAGE = 50;

export type UserListPage = { users: UserListItem[]; total: number; page: number; pageCount: number; pageSize: number };

export async function listUsers({
  actor,
  page = 1,
  pageSize = USERS_PER_PAGE,
}: {
  actor: Actor;
  page?: number;
  pageSize?: number;
}): Promise<UserListPage> {
  assertCan(actor, "users:manage");
  const total = await db().user.count();
  const window = pageWindow(page, total, pageSize);
  const users = await db().user.findMany({
    // id last: a stable order, so that no user falls between two pages
    orderBy: [{ organisation: { code: "asc" } }, { name: "asc" }, { id: "asc" }],
    skip: window.skip,
    take: window.take,
    select: {
      ...userSummarySelect,
      accounts: { select: { issuer: true }, orderBy: { createdAt: "asc" } },
    },
  });
  return {
    users: users.map(({ accounts, ...user }) => ({
      ...user,
      linkedIssuers: accounts.map((account) => account.issuer),
    })),
    total,
    page: window.page,
    pageCount: window.pageCount,
    pageSize,
  };
}
