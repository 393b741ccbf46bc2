// Installed once when the Node server starts (instrumentation-node.ts): rewrites each
// incoming request's X-Forwarded-For before Next.js sees it, so that the address the app
// reads is the socket's unless TRUST_PROXY says which proxies to believe. See
// lib/auth/client-address.ts for why this cannot be left to Next.js.
import http from "node:http";
import { normaliseForwardedFor } from "@/lib/auth/client-address";

const INSTALLED = Symbol.for("opvolging.forwardedFor");

export function installForwardedForNormaliser(trustedProxies: number): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      const value = normaliseForwardedFor(
        request.headers["x-forwarded-for"],
        request.socket?.remoteAddress,
        trustedProxies,
      );
      if (value === undefined) delete request.headers["x-forwarded-for"];
      else request.headers["x-forwarded-for"] = value;
    }
    return emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>);
  } as typeof prototype.emit;
}
