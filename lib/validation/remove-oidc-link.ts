import "@/lib/validation/dutch-zod-messages";
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";

// Ids come from our own form; anything else is a tampered request and changes nothing.
const id = z
  .string({ error: nl.users.linkNotFound })
  .trim()
  .min(1, nl.users.linkNotFound)
  .max(64, nl.users.linkNotFound);

export const RemoveOidcLinkSchema = z.object({ userId: id, accountId: id });

export type RemoveOidcLinkInput = z.infer<typeof RemoveOidcLinkSchema>;
