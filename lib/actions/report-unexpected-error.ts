// An unexpected error is logged once on the server with a short reference code; the user
// sees only a generic Dutch message and the code, never the error's text or stack.
import "server-only";
import { randomBytes } from "node:crypto";
import { logger } from "@/lib/log/logger";

/** Logs the error once, as one JSON line with `reference` (the code the user sees) and its stack. */
export function reportUnexpectedError(error: unknown, context: { actorId?: string } = {}): string {
  const reference = randomBytes(5).toString("hex");
  logger().error(
    { err: error, reference, ...(context.actorId ? { userId: context.actorId } : {}) },
    `Onverwachte fout (foutcode ${reference})`,
  );
  return reference;
}
