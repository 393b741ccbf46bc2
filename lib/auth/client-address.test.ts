import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddressFrom, normaliseForwardedFor } from "./client-address";
import { installForwardedForNormaliser } from "./forwarded-for";

describe("the client address", () => {
  it("without a trusted proxy is the socket address, whatever the client claims", () => {
    const header = normaliseForwardedFor("203.0.113.9", "10.0.0.5", 0);
    expect(header).toBe("10.0.0.5");
    expect(clientAddressFrom(header, 0)).toBe("10.0.0.5");
  });

  it("behind n trusted proxies is the n-th entry from the right, never one a client wrote further left", () => {
    // client 198.51.100.7 spoofs 203.0.113.9; the proxy (10.0.0.2) appends what it saw.
    const header = normaliseForwardedFor("203.0.113.9, 198.51.100.7", "10.0.0.2", 1);
    expect(header).toBe("203.0.113.9, 198.51.100.7, 10.0.0.2");
    expect(clientAddressFrom(header, 1)).toBe("198.51.100.7");
    // Two proxies: load balancer then ingress.
    expect(clientAddressFrom("198.51.100.7, 10.0.0.1, 10.0.0.2", 2)).toBe("198.51.100.7");
    // Fewer entries than proxies: the furthest one known.
    expect(clientAddressFrom("10.0.0.2", 3)).toBe("10.0.0.2");
  });

  it("counts an IPv4 client on a dual-stack socket once, and knows none without a header", () => {
    expect(clientAddressFrom("::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddressFrom(undefined, 0)).toBeNull();
    expect(clientAddressFrom(" , ", 0)).toBeNull();
  });

  it("is rewritten on a real Node server before any request handler reads it", async () => {
    installForwardedForNormaliser(0);
    const server = http.createServer((request, response) => response.end(String(request.headers["x-forwarded-for"])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const seen = await new Promise<string>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, headers: { "x-forwarded-for": "203.0.113.9" } }, (response) => {
            let body = "";
            response.on("data", (chunk) => (body += chunk));
            response.on("end", () => resolve(body));
          })
          .on("error", reject);
      });
      expect(seen).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
