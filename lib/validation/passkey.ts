// The browser's answers to a passkey ceremony arrive as one JSON text in a form field. Only
// their shape is checked here (sizes, base64url); the signatures are the verifier's work
// (lib/passkeys/).
import "@/lib/validation/dutch-zod-messages";
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { CONTROL_CHARACTERS, recordId } from "@/lib/validation/fields";
import { linkToken } from "@/lib/validation/account";

/** A response far larger than any authenticator's is refused before JSON.parse. */
export const MAX_RESPONSE_CHARACTERS = 16_000;

const base64url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/);

const transports = z.array(z.enum(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"])).max(8);

const RegistrationResponse = z.object({
  id: base64url(1400).min(1),
  rawId: base64url(1400).min(1),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url(4000).min(1),
    attestationObject: base64url(10_000).min(1),
    transports: transports.optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

const AuthenticationResponse = z.object({
  id: base64url(1400).min(1),
  rawId: base64url(1400).min(1),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url(4000).min(1),
    authenticatorData: base64url(4000).min(1),
    signature: base64url(2000).min(1),
    userHandle: base64url(200).optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

function jsonText<T extends z.ZodType>(schema: T) {
  return z
    .string({ error: nl.passkeys.verificationFailed })
    .max(MAX_RESPONSE_CHARACTERS, nl.passkeys.verificationFailed)
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: nl.passkeys.verificationFailed });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** "Passkey toevoegen": its name and the browser's registration response. */
export const AddPasskeySchema = z.object({
  name: z
    .string({ error: nl.passkeys.nameRequired })
    .trim()
    .min(1, nl.passkeys.nameRequired)
    .max(100, nl.forms.textTooLong(100))
    // Also where no runFormAction checks first (the second step of signing in).
    .refine((name) => !CONTROL_CHARACTERS.test(name), nl.forms.controlCharacters),
  response: jsonText(RegistrationResponse),
});
export type AddPasskeyInput = z.infer<typeof AddPasskeySchema>;

/** "Account activeren" with a passkey instead of a password: the invitation link's token too. */
export const ActivateWithPasskeySchema = AddPasskeySchema.extend({ token: linkToken });
export type ActivateWithPasskeyInput = z.infer<typeof ActivateWithPasskeySchema>;

/** Signing in with a passkey: the browser's authentication response. */
export const PasskeySignInSchema = z.object({ response: jsonText(AuthenticationResponse) });
export type PasskeySignInInput = z.infer<typeof PasskeySignInSchema>;

/** "Verwijderen" on the profile page: one of the actor's own passkeys. */
export const RemovePasskeySchema = z.object({ passkeyId: recordId });
export type RemovePasskeyInput = z.infer<typeof RemovePasskeySchema>;

/** "Verwijderen" by a Beheerder on a user's page: a lost passkey of that user. */
export const RemoveUserPasskeySchema = z.object({ userId: recordId, passkeyId: recordId });
export type RemoveUserPasskeyInput = z.infer<typeof RemoveUserPasskeySchema>;
