import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums.ts";

type UserWithOrganisation = {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  organisation: { code: string };
};

export function toActor(user: UserWithOrganisation): Actor {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    organisationId: user.organisationId,
    organisationCode: user.organisation.code,
  };
}
