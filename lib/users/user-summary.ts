// The columns that say who a user is: what the Beheerder's user list and
// the user page all read, selected in one place so the three stay the same.
import type { Role } from "@/lib/generated/prisma/enums.ts";

export const userSummarySelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  organisation: { select: { code: true, name: true } },
} as const;

export type UserSummary = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  organisation: { code: string; name: string };
};
