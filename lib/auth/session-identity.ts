import type { Role } from "@/lib/generated/prisma/enums.ts";

/** What the session token carries about the signed-in user. */
export type SessionIdentity = {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
};
