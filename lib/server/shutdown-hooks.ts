// What must be closed when the production server stops (server/main.mjs runs these after
// the last request has finished, last registered first): the job queue, then the pool.
// Shared through globalThis because the server and the app's bundle are separate modules.
const SHUTDOWN_HOOKS_KEY = Symbol.for("opvolging.shutdownHooks");
const DRAINING_KEY = Symbol.for("opvolging.draining");

type ShutdownHook = { name: string; run: () => Promise<void> };

export function onShutdown(name: string, run: () => Promise<void>): void {
  const shared = globalThis as Record<symbol, unknown>;
  const hooks = (shared[SHUTDOWN_HOOKS_KEY] ??= []) as ShutdownHook[];
  if (!hooks.some((hook) => hook.name === name)) hooks.push({ name, run });
}

/** True once the server has received SIGTERM: the readiness check then answers 503. */
export function isDraining(): boolean {
  return (globalThis as Record<symbol, unknown>)[DRAINING_KEY] === true;
}
