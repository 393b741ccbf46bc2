// The request being handled, as the production server (server/main.mjs) set it up: its id
// and, once the app knows it, the signed-in user's id. Both land on every log line written
// during the request. Outside that server (next dev, tests, scripts) there is none.
const REQUEST_CONTEXT_KEY = Symbol.for("opvolging.requestContext");

export type RequestContext = { id: string; userId?: string };

type ContextStore = { getStore(): RequestContext | undefined };

export function currentRequest(): RequestContext | undefined {
  const store = (globalThis as Record<symbol, unknown>)[REQUEST_CONTEXT_KEY] as ContextStore | undefined;
  return store?.getStore();
}

/** Puts the user's id on the request's log lines (called where the session is checked). */
export function setRequestUser(userId: string): void {
  const context = currentRequest();
  if (context) context.userId = userId;
}
