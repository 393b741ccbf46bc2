// The security headers of a page, an API route and an error page, as the production build
// sends them (the policy itself is unit-tested in lib/security/).
import type { APIResponse } from "@playwright/test";
import { test, expect } from "./fixtures";

function policyOf(response: APIResponse): Map<string, string> {
  const header = response.headers()["content-security-policy"] ?? "";
  return new Map(
    header.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources.join(" ")];
    }),
  );
}

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const policy = policyOf(response);
  expect(policy.get("default-src")).toBe("'self'");
  expect(policy.get("script-src")).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'$/);
  expect(policy.get("style-src")).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]{22}=='$/);
  expect(policy.get("object-src")).toBe("'none'");
  expect(policy.get("base-uri")).toBe("'none'");
  expect(policy.get("frame-ancestors")).toBe("'none'");
  // The test IdP runs on 127.0.0.1: the sign-in form's redirect to it must be allowed.
  expect(policy.get("form-action")).toMatch(/^'self' http:\/\/(127\.0\.0\.1|localhost):\d+$/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
    expect(headers["permissions-policy"]).toContain(`${feature}=()`);
  // The e2e server is a local demo (APP_TODAY and a loopback database): no HSTS, else the
  // browser would insist on https for localhost. e2e/error-pages.spec.ts sees it sent.
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["x-powered-by"]).toBeUndefined();
}

test("een pagina krijgt de beveiligingsheaders met een nieuwe nonce per verzoek", async ({ request }) => {
  const first = await request.get("/inloggen");
  expect(first.status()).toBe(200);
  expectSecurityHeaders(first);
  const nonce = policyOf(first)
    .get("script-src")!
    .match(/'nonce-([^']+)'/)![1]!;
  // Next put the same nonce on its scripts.
  expect(await first.text()).toContain(`nonce="${nonce}"`);

  const second = await request.get("/inloggen");
  expect(policyOf(second).get("script-src")).not.toContain(nonce);
});

test("een API-route krijgt de beveiligingsheaders", async ({ request }) => {
  const response = await request.get("/api/auth/csrf");
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response);
});

test("een foutpagina krijgt de beveiligingsheaders", async ({ request }) => {
  const response = await request.get("/toegankelijkheid/bestaat-niet");
  expect(response.status()).toBe(404);
  expectSecurityHeaders(response);
});

test("een doorverwijzing naar de inlogpagina krijgt de beveiligingsheaders", async ({ request }) => {
  const response = await request.get("/aanbevelingen", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expectSecurityHeaders(response);
});
