// @ts-check
// The HTTP server of `npm start` around a request handler: the keep-alive and header time
// limits from the settings, and X-Forwarded-For rewritten for each request before the
// handler (Next.js) sees it (server/forwarded-for.mjs).
import http from "node:http";
import { normaliseForwardedFor } from "./forwarded-for.mjs";

/**
 * @param {{
 *   handler: (req: http.IncomingMessage, res: http.ServerResponse) => unknown,
 *   keepAliveTimeoutMs: number,
 *   headersTimeoutMs: number,
 *   trustedProxies: number,
 * }} options
 * @returns {http.Server}
 */
export function createAppServer({ handler, keepAliveTimeoutMs, headersTimeoutMs, trustedProxies }) {
  const server = http.createServer((req, res) => {
    const forwardedFor = normaliseForwardedFor(
      req.headers["x-forwarded-for"],
      req.socket.remoteAddress,
      trustedProxies,
    );
    if (forwardedFor === undefined) delete req.headers["x-forwarded-for"];
    else req.headers["x-forwarded-for"] = forwardedFor;
    return handler(req, res);
  });
  // A load balancer reuses idle connections for up to its own idle limit (60 s on the common
  // cloud balancers): the server must keep them open longer, or the balancer sends a request
  // on a connection the server is closing and the client gets a 502.
  server.keepAliveTimeout = keepAliveTimeoutMs;
  // Longer than keepAliveTimeout, so that a request arriving on an idle connection just
  // before it closes is not cut off by the header limit first.
  server.headersTimeout = headersTimeoutMs;
  return server;
}
