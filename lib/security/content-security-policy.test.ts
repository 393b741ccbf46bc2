import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "./content-security-policy";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header.js";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ");
      return [name!, sources];
    }),
  );
}

describe("buildContentSecurityPolicy", () => {
  it("allows only our own files plus what carries the request's nonce", () => {
    const policy = directives(buildContentSecurityPolicy({ nonce: "YWJjZGVmZ2hpamtsbW5vcA==", development: false }));
    expect(Object.fromEntries(policy)).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "'nonce-YWJjZGVmZ2hpamtsbW5vcA=='", "'strict-dynamic'"],
      "style-src": ["'self'", "'nonce-YWJjZGVmZ2hpamtsbW5vcA=='"],
      "object-src": ["'none'"],
      "base-uri": ["'none'"],
      "frame-ancestors": ["'none'"],
      "form-action": ["'self'"],
    });
  });

  it("never allows inline code or styles without the nonce", () => {
    const policy = buildContentSecurityPolicy({
      nonce: createNonce(),
      development: false,
      oidcIssuer: "https://login.example.nl/realms/rijk",
    });
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("*");
  });

  it("relaxes only in development: eval for React's debugging stacks, inline styles for Next's dev overlay", () => {
    const nonce = createNonce();
    const dev = directives(buildContentSecurityPolicy({ nonce, development: true }));
    expect(dev.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    // With a nonce in the list, browsers would ignore 'unsafe-inline'.
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get("default-src")).toEqual(["'self'"]);
  });

  it("lets the sign-in form's redirect reach the OpenID Connect issuer's origin, and nothing more", () => {
    const policy = directives(
      buildContentSecurityPolicy({
        nonce: createNonce(),
        development: false,
        oidcIssuer: "https://login.example.nl:8443/realms/rijk",
      }),
    );
    expect(policy.get("form-action")).toEqual(["'self'", "https://login.example.nl:8443"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("refuses a nonce that could smuggle in another source", () => {
    expect(() => buildContentSecurityPolicy({ nonce: "abc' 'unsafe-inline", development: false })).toThrow();
  });

  it("puts the nonce where Next.js looks for it", () => {
    const nonce = createNonce();
    expect(getScriptNonceFromHeader(buildContentSecurityPolicy({ nonce, development: false }))).toBe(nonce);
  });
});

describe("createNonce", () => {
  it("is 128 random bits, new every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => createNonce()));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
