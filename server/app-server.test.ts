// The server wrapper's HTTP server: the time limits come from the settings (65 s keep-alive
// by default, the header limit longer), and the client address Next.js reads is rewritten
// for each request, with no patch on Node's http module.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error -- plain JavaScript module (it runs without a TypeScript loader)
import { createAppServer } from "./app-server.mjs";
// @ts-expect-error -- plain JavaScript module
import { readServerSettings } from "./settings.mjs";

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function start(
  env: Record<string, string>,
  handler: http.RequestListener,
): Promise<{ server: http.Server; port: number }> {
  const { settings, problem } = readServerSettings(env);
  expect(problem).toBeUndefined();
  const server: http.Server = createAppServer({ ...settings, handler });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

function get(port: number, headers: Record<string, string> = {}) {
  return new Promise<{ body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, headers, agent: new http.Agent({ keepAlive: true }) }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ body, headers: response.headers }));
      })
      .on("error", reject);
  });
}

describe("readServerSettings", () => {
  it("keeps idle connections 65 s by default and waits a second longer for headers", () => {
    expect(readServerSettings({}).settings).toEqual({
      port: 3000,
      host: "0.0.0.0",
      shutdownTimeoutMs: 25_000,
      keepAliveTimeoutMs: 65_000,
      headersTimeoutMs: 66_000,
      trustedProxies: 0,
    });
    expect(readServerSettings({ KEEP_ALIVE_TIMEOUT_SECONDS: "120" }).settings).toMatchObject({
      keepAliveTimeoutMs: 120_000,
      headersTimeoutMs: 121_000,
    });
  });

  it("refuses with one sentence a header limit not above the keep-alive limit, and limits that are no seconds", () => {
    expect(readServerSettings({ KEEP_ALIVE_TIMEOUT_SECONDS: "65", HEADERS_TIMEOUT_SECONDS: "60" }).problem).toBe(
      'HEADERS_TIMEOUT_SECONDS "60" moet een geheel aantal seconden zijn, groter dan KEEP_ALIVE_TIMEOUT_SECONDS (65).',
    );
    expect(readServerSettings({ KEEP_ALIVE_TIMEOUT_SECONDS: "1.5" }).problem).toContain("KEEP_ALIVE_TIMEOUT_SECONDS");
    expect(readServerSettings({ TRUST_PROXY: "ja" }).problem).toContain("TRUST_PROXY");
  });
});

describe("createAppServer", () => {
  it("sets the time limits on the server and tells keep-alive clients how long it waits", async () => {
    const { server, port } = await start(
      { KEEP_ALIVE_TIMEOUT_SECONDS: "70", HEADERS_TIMEOUT_SECONDS: "75" },
      (_req, res) => res.end("ok"),
    );
    expect(server.keepAliveTimeout).toBe(70_000);
    expect(server.headersTimeout).toBe(75_000);
    expect((await get(port)).headers["keep-alive"]).toBe("timeout=70");
  });

  it("gives the handler the socket address as X-Forwarded-For, whatever the client claims", async () => {
    const { port } = await start({}, (req, res) => res.end(String(req.headers["x-forwarded-for"])));
    expect((await get(port, { "x-forwarded-for": "203.0.113.9" })).body).toBe("127.0.0.1");
  });

  it("behind a trusted proxy appends the socket address to what the proxy sent", async () => {
    const { port } = await start({ TRUST_PROXY: "1" }, (req, res) => res.end(String(req.headers["x-forwarded-for"])));
    expect((await get(port, { "x-forwarded-for": "198.51.100.7" })).body).toBe("198.51.100.7, 127.0.0.1");
  });

  it("patches nothing of Node's own http module", async () => {
    const emit = http.Server.prototype.emit;
    await start({}, (_req, res) => res.end());
    expect(http.Server.prototype.emit).toBe(emit);
  });
});
