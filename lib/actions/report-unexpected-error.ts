// An unexpected error is logged once on the server with a short reference code; the user
// sees only a generic Dutch message and the code, never the error's text or stack.
import "server-only";
import { randomBytes } from "node:crypto";

export function reportUnexpectedError(error: unknown, context: { actorId?: string } = {}): string {
  const reference = randomBytes(5).toString("hex");
  console.error(`[fout ${reference}]`, context.actorId ? `gebruiker ${context.actorId}` : "", error);
  return reference;
}
