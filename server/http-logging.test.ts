// The production server's request log, on a real HTTP server: one JSON line per request
// with its id (made, or taken from a trusted proxy), the user once known, the route
// without query string or calendar token, status and duration; nothing secret.
import http from "node:http";
import { AsyncLocalStorage } from "node:async_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain JavaScript module (it runs without a TypeScript loader)
import * as httpLogging from "./http-logging.mjs";

const { createLogger, levelFor, requestIdFor, routeForLog, routeConsoleToLogger, withRequestLog } = httpLogging;

type Line = Record<string, unknown>;

function capture() {
  const lines: Line[] = [];
  return { lines, destination: { write: (text: string) => void lines.push(JSON.parse(text)) } };
}

describe("routeForLog", () => {
  it("drops the query string and the tokens of the calendar feed and the account links", () => {
    expect(routeForLog("/acties?zoek=jansen&pagina=2")).toBe("/acties");
    expect(routeForLog("/agenda/6f1c2e-geheim.ics?x=1")).toBe("/agenda/[token]");
    expect(routeForLog("/account/activeren/AbC_123-geheim")).toBe("/account/activeren/[token]");
    expect(routeForLog("/account/herstellen/AbC_123-geheim?x")).toBe("/account/herstellen/[token]");
    expect(routeForLog("/api/auth/callback/oidc?code=abc&state=def")).toBe("/api/auth/callback/oidc");
    expect(routeForLog(`/${"a".repeat(300)}`)).toHaveLength(201);
  });
});

describe("requestIdFor", () => {
  it("takes a well-formed id only from a trusted proxy, else makes one", () => {
    expect(requestIdFor("lb-1234.abc", true)).toBe("lb-1234.abc");
    expect(requestIdFor("lb-1234.abc", false)).not.toBe("lb-1234.abc");
    expect(requestIdFor("bad id\nforged line", true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(undefined, true)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("levelFor", () => {
  it("keeps probes at debug and makes a 5xx a warning (its error has its own line)", () => {
    expect(levelFor("/api/health/ready", 200)).toBe("debug");
    expect(levelFor("/acties", 200)).toBe("info");
    expect(levelFor("/acties", 500)).toBe("warn");
  });
});

describe("withRequestLog", () => {
  const { lines, destination } = capture();
  const requestContext = new AsyncLocalStorage<{ id: string; userId?: string }>();
  const logger = createLogger({ level: "debug", destination, requestContext });
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    server = http.createServer(
      withRequestLog(
        { logger, requestContext, trustRequestId: true },
        (req: http.IncomingMessage, res: http.ServerResponse) => {
          // What the app does once it knows the user (lib/log/request-context.ts), and a line of its own.
          const context = requestContext.getStore()!;
          context.userId = "user-42";
          logger.info({ password: "geheim-wachtwoord", token: "geheim-token" }, "in de app");
          res.statusCode = req.url?.startsWith("/kapot") ? 500 : 200;
          res.end(req.headers["x-request-id"]);
        },
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("writes one line per request with the id the client sees, user, route, status and duration", async () => {
    lines.length = 0;
    const response = await fetch(`${base}/acties?zoek=wachtwoord123`, {
      headers: { "X-Request-Id": "proxy-7", Cookie: "authjs.session-token=geheim" },
    });
    expect(await response.text()).toBe("proxy-7");
    expect(response.headers.get("x-request-id")).toBe("proxy-7");
    await expect.poll(() => lines.filter((line) => line.msg === "request")).toHaveLength(1);
    const request = lines.find((line) => line.msg === "request")!;
    expect(request).toMatchObject({
      level: "info",
      reqId: "proxy-7",
      userId: "user-42",
      method: "GET",
      route: "/acties",
      status: 200,
    });
    expect(typeof request.durationMs).toBe("number");
    // The app's own line carries the request's id and user too, with its secrets removed.
    expect(lines.find((line) => line.msg === "in de app")).toMatchObject({
      reqId: "proxy-7",
      userId: "user-42",
      password: "[verwijderd]",
      token: "[verwijderd]",
    });
    const text = JSON.stringify(lines);
    for (const secret of ["wachtwoord123", "geheim"]) expect(text).not.toContain(secret);
  });

  it("gives every request a fresh id without one", async () => {
    lines.length = 0;
    const [first, second] = await Promise.all([fetch(`${base}/a`), fetch(`${base}/kapot`)]);
    expect(first!.headers.get("x-request-id")).not.toBe(second!.headers.get("x-request-id"));
    await expect.poll(() => lines.filter((line) => line.msg === "request")).toHaveLength(2);
    expect(lines.find((line) => line.route === "/kapot")).toMatchObject({ level: "warn", status: 500 });
  });
});

describe("routeConsoleToLogger", () => {
  it("turns console output into JSON lines, an error with its stack and Next.js's digest as reference", () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: "info", destination });
    const original = { ...console };
    try {
      routeConsoleToLogger(logger);
      console.log("klaar op poort %d", 3000);
      console.error(Object.assign(new Error("permission denied for table User"), { digest: "2848699184" }));
    } finally {
      Object.assign(console, original);
    }
    expect(lines[0]).toMatchObject({ level: "info", msg: "klaar op poort 3000" });
    expect(lines[1]).toMatchObject({
      level: "error",
      msg: "permission denied for table User",
      reference: "2848699184",
    });
    expect((lines[1]!.err as { stack: string }).stack).toContain("permission denied");
  });
});
