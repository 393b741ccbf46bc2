import "@/lib/validation/dutch-zod-messages";
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";

// Ids come from our own form (cuids, as every id: see recordId in fields.ts); anything else
// is a tampered request and changes nothing, and never reaches PostgreSQL (a NUL would fail there).
const id = z
  .string({ error: nl.users.linkNotFound })
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, nl.users.linkNotFound);

export const RemoveOidcLinkSchema = z.object({ userId: id, accountId: id });

export type RemoveOidcLinkInput = z.infer<typeof RemoveOidcLinkSchema>;
