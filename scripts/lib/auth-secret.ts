// AUTH_SECRET for local use: the configured one, or one generated once and kept in
// .data/ (git-ignored, mode 0700) so that sessions survive a restart.
import path from "node:path";
import { ensurePrivateDir, readOrCreateSecret } from "./private-files.ts";

export function localAuthSecret(dataDir: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  ensurePrivateDir(dataDir);
  return readOrCreateSecret(path.join(dataDir, "auth-secret"), 32);
}
