// `npm run users:create-admin` as an operator runs it: tsx in a child process, with the
// given environment on top of this one (the database URLs, AUTH_URL, OPERATOR).
import { spawn } from "node:child_process";
import path from "node:path";

export type CommandOutcome = { code: number | null; stdout: string; stderr: string };

export function runCreateAdmin(args: string[], env: Record<string, string | undefined>): Promise<CommandOutcome> {
  const root = path.resolve(".");
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["--tsconfig", path.join(root, "tsconfig.json"), path.join(root, "scripts", "create-admin.ts"), ...args],
      { cwd: root, env: { ...process.env, DEBUG: undefined, MIGRATION_DATABASE_URL: undefined, ...env } },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
