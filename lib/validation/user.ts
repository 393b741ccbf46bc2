// The Beheerder's user forms: add a user, change role and organisation, (de)activate.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { recordId, requiredText, rowVersion } from "@/lib/validation/fields";
import type { Role } from "@/lib/generated/prisma/enums.ts";

export const USER_ROLES = ["READER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"] as const satisfies readonly Role[];

export const MIN_PASSWORD_LENGTH = 12;

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

/** Optional; never trimmed (a space may be part of it). "" is "no password: OIDC only". */
const initialPassword = z
  .string()
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(z.string().min(MIN_PASSWORD_LENGTH, m.passwordTooShort).max(1024, m.passwordTooLong).optional());

export const CreateUserSchema = z.object({
  name: requiredText(m.nameLabel, 200),
  email,
  organisationId,
  role,
  password: initialPassword,
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
