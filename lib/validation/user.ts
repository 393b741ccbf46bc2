// The Beheerder's user forms: add a user (who then gets an invitation, never a typed password), change role and organisation, (de)activate.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { recordId, requiredText, rowVersion } from "@/lib/validation/fields";
import type { Role } from "@/lib/generated/prisma/enums.ts";

export const USER_ROLES = ["READER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"] as const satisfies readonly Role[];

const m = nl.userManagement;

/** Stored and compared in lower case: one account per address, whatever its capitals. */
const email = z
  .string({ error: m.emailRequired })
  .trim()
  .toLowerCase()
  .min(1, m.emailRequired)
  .max(254, m.emailInvalid)
  .pipe(z.email({ error: m.emailInvalid }));

const organisationId = z
  .string({ error: m.organisationRequired })
  .trim()
  .min(1, m.organisationRequired)
  .max(64, m.organisationUnknown);

const role = z.enum(USER_ROLES, { error: m.roleRequired });

export const CreateUserSchema = z.object({
  name: requiredText(m.nameLabel, 200),
  email,
  organisationId,
  role,
});
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const ChangeUserAccessSchema = z.object({
  userId: recordId,
  version: rowVersion,
  role,
  organisationId,
});
export type ChangeUserAccessInput = z.infer<typeof ChangeUserAccessSchema>;

export const SetUserActiveSchema = z.object({
  userId: recordId,
  version: rowVersion,
  active: z.enum(["true", "false"], { error: nl.forms.choiceInvalid }).transform((value) => value === "true"),
});
export type SetUserActiveInput = z.infer<typeof SetUserActiveSchema>;
