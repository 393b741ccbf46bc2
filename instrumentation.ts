// Runs once when a server starts. The Node.js-only part lives in its own module, the
// pattern Next.js documents, so that the Edge bundle never sees process.exit.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
