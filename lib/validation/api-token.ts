import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { choice, optionalCalendarDate, recordId, requiredText } from "@/lib/validation/fields";

/** The choices of "Geldig": a number of days from today, or a date of one's own (at most a year ahead). */
export const API_TOKEN_EXPIRIES = ["30", "90", "365", "date"] as const;

/** "API-token maken": a name, and how long the token holds. The date's range is checked by the domain (it needs today). */
export const CreateApiTokenSchema = z
  .object({
    name: requiredText("een naam", 100),
    expiry: choice(API_TOKEN_EXPIRIES),
    expiresOn: optionalCalendarDate,
  })
  .refine((input) => input.expiry !== "date" || input.expiresOn !== undefined, {
    path: ["expiresOn"],
    message: nl.profile.tokenExpiresOnRequired,
  });
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenSchema>;

/** "Intrekken": which of the actor's tokens. */
export const RevokeApiTokenSchema = z.object({ tokenId: recordId });
export type RevokeApiTokenInput = z.infer<typeof RevokeApiTokenSchema>;
