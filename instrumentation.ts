// Runs once when a server starts: check the configuration then, so that a missing or
// malformed setting stops `next start` with a clear message instead of failing requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("@/lib/env");
  try {
    getEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
