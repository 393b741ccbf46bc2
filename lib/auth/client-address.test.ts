import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain JavaScript module of the server wrapper (it runs without a TypeScript loader)
import { normaliseForwardedFor } from "@/server/forwarded-for.mjs";
import { clientAddressFrom } from "./client-address";

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

  // On a real server (the wrapper of `npm start`): server/app-server.test.ts.
});
