// Check the configuration when the server starts, so that a missing or malformed setting
// stops `next start` with a clear message instead of failing every request.
import { getEnv } from "@/lib/env";

try {
  getEnv();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
