// Runs once when a server starts. The Node.js-only part lives in its own module, the
// pattern Next.js documents, so that the Edge bundle never sees process.exit. The start-up
// checks' promise is left on globalThis for server/main.mjs, which waits for it before it
// opens the port (Next.js itself only awaits it at the first request).
const STARTUP_KEY = Symbol.for("opvolging.startup");

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const startup = import("./instrumentation-node").then(({ startServer }) => startServer());
    (globalThis as Record<symbol, unknown>)[STARTUP_KEY] = startup;
    await startup;
  }
}
