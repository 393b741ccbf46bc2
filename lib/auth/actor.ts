import type { Role } from "@/lib/generated/prisma/enums.ts";

/** The signed-in user on whose behalf a domain function acts. */
export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  organisationCode: string;
};
