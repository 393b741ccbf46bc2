import { describe, expect, it } from "vitest";
import { securityHeaders, STRICT_TRANSPORT_SECURITY } from "./security-headers";
import { productionGuardsApply } from "@/lib/env";

const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://app:geheim@db.example:5432/opvolging",
  APP_TODAY: undefined,
  OIDC_ISSUER: undefined,
} as const;

describe("securityHeaders", () => {
  it("sends HSTS in production", () => {
    expect(securityHeaders(production, "bm9uY2U=")["Strict-Transport-Security"]).toBe(STRICT_TRANSPORT_SECURITY);
  });

  it("never sends HSTS in development or for a demo on the developer's own machine", () => {
    expect(securityHeaders({ ...production, NODE_ENV: "development" }, "bm9uY2U=")).not.toHaveProperty(
      "Strict-Transport-Security",
    );
    const localDemo = {
      ...production,
      APP_TODAY: "2023-04-03",
      DATABASE_URL: "postgresql://postgres:x@127.0.0.1:54329/opvolging",
    };
    expect(securityHeaders(localDemo, "bm9uY2U=")).not.toHaveProperty("Strict-Transport-Security");
  });

  it("does send HSTS for a demo served from a real database server", () => {
    const hostedDemo = { ...production, APP_TODAY: "2023-04-03" };
    expect(securityHeaders(hostedDemo, "bm9uY2U=")["Strict-Transport-Security"]).toBe(STRICT_TRANSPORT_SECURITY);
  });

  it("puts the nonce and the issuer into the policy", () => {
    const policy = securityHeaders({ ...production, OIDC_ISSUER: "https://idp.example.nl/realms/rijk" }, "bm9uY2U=")[
      "Content-Security-Policy"
    ];
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic';");
    expect(policy).toContain("form-action 'self' https://idp.example.nl");
  });
});

describe("the local-demo exception (productionGuardsApply)", () => {
  it.each([
    ["postgresql://u:p@localhost:5432/db", "2023-04-03", true],
    ["postgresql://u:p@127.0.0.1:5432/db", "2023-04-03", true],
    ["postgresql://u:p@127.0.1.1/db", "2023-04-03", true],
    ["postgresql://u:p@[::1]:5432/db", "2023-04-03", true],
    ["postgresql://u:p@localhost:5432/db", undefined, false],
    ["postgresql://u:p@db.example:5432/db", "2023-04-03", false],
    ["postgresql://u:p@localhost.example.nl/db", "2023-04-03", false],
    ["postgresql://u:p@localhost/db?host=db.example", "2023-04-03", false],
  ])("%s with APP_TODAY %s is a local demo: %s", (url, today, expected) => {
    expect(productionGuardsApply({ NODE_ENV: "production", DATABASE_URL: url, APP_TODAY: today })).toBe(!expected);
  });
});
