// The account forms: activate with a link, reset with a link, ask for a reset, change one's
// own password, and the Beheerder's invitation and session buttons. Passwords are never
// trimmed (a space may belong to one); the list and context checks need the person, so they
// run in the domain function (lib/accounts/password-policy.ts).
import "@/lib/validation/dutch-zod-messages";
import { z } from "zod";
import { accountsMessages } from "@/lib/i18n/accounts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/password-length";
import { recordId } from "@/lib/validation/fields";

const m = accountsMessages.accounts;

const newPassword = z
  .string({ error: m.passwordRequired })
  .min(1, m.passwordRequired)
  .refine((value) => [...value].length >= MIN_PASSWORD_LENGTH, m.passwordTooShort(MIN_PASSWORD_LENGTH))
  .refine((value) => [...value].length <= MAX_PASSWORD_LENGTH, m.passwordTooLong(MAX_PASSWORD_LENGTH));

const confirmPassword = z.string({ error: m.confirmationDiffers }).max(1024);

/** The new password typed twice; a difference is told at the second field. */
const sameTwice = {
  check: (value: { newPassword: string; confirmPassword: string }) => value.newPassword === value.confirmPassword,
  params: { message: m.confirmationDiffers, path: ["confirmPassword"] },
};

/** A link's token as it comes from the URL: its shape is checked again before any query. */
export const linkToken = z.string({ error: m.linkUnusable }).regex(/^[A-Za-z0-9_-]{43}$/, m.linkUnusable);

export const SetPasswordWithLinkSchema = z
  .object({ token: linkToken, newPassword, confirmPassword })
  .refine(sameTwice.check, sameTwice.params);
export type SetPasswordWithLinkInput = z.infer<typeof SetPasswordWithLinkSchema>;

export const ChangeOwnPasswordSchema = z
  .object({
    currentPassword: z.string({ error: m.currentPasswordRequired }).min(1, m.currentPasswordRequired).max(1024),
    newPassword,
    confirmPassword,
  })
  .refine(sameTwice.check, sameTwice.params);
export type ChangeOwnPasswordInput = z.infer<typeof ChangeOwnPasswordSchema>;

export const RequestPasswordResetSchema = z.object({
  email: z
    .string({ error: m.emailRequired })
    .trim()
    .toLowerCase()
    .min(1, m.emailRequired)
    .max(254, m.emailInvalid)
    .pipe(z.email({ error: m.emailInvalid })),
});
export type RequestPasswordResetInput = z.infer<typeof RequestPasswordResetSchema>;

/** "Uitnodiging versturen" and "Alle sessies van deze gebruiker beëindigen". */
export const UserAccountSchema = z.object({ userId: recordId });
export type UserAccountInput = z.infer<typeof UserAccountSchema>;

export const EndAllSessionsSchema = z.object({
  confirm: z.literal("ja", { error: m.confirmEndAllRequired }),
});
export type EndAllSessionsInput = z.infer<typeof EndAllSessionsSchema>;
