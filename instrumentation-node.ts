// Check the configuration when the server starts, so that a missing or malformed setting
// stops `next start` with a clear message instead of failing every request.
import { getEnv } from "@/lib/env";
import { installForwardedForNormaliser } from "@/lib/auth/forwarded-for";

try {
  // Before any request handler reads X-Forwarded-For (lib/auth/client-address.ts).
  installForwardedForNormaliser(getEnv().TRUST_PROXY);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
