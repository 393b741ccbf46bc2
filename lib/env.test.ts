import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function freshEnv() {
  return import("./env");
}

const valid = { DATABASE_URL: "postgresql://app:geheim@db.example:5432/opvolging", AUTH_SECRET: "x".repeat(32) };

describe("getEnv", () => {
  it("accepts a complete configuration", async () => {
    for (const [key, value] of Object.entries(valid)) vi.stubEnv(key, value);
    const { getEnv, isOidcConfigured } = await freshEnv();
    expect(getEnv()).toMatchObject(valid);
    expect(isOidcConfigured()).toBe(false);
  });

  it("names every missing or malformed setting in Dutch", async () => {
    vi.stubEnv("DATABASE_URL", "mysql://db/opvolging");
    vi.stubEnv("AUTH_SECRET", "kort");
    vi.stubEnv("APP_TODAY", "2023-13-45");
    const { getEnv } = await freshEnv();
    expect(() => getEnv()).toThrow(/Ongeldige configuratie:[\s\S]*DATABASE_URL: moet met postgresql:\/\/ beginnen[\s\S]*AUTH_SECRET: moet minstens 32 tekens lang zijn[\s\S]*APP_TODAY/);
  });

  it("wants all three OpenID Connect settings or none", async () => {
    for (const [key, value] of Object.entries(valid)) vi.stubEnv(key, value);
    vi.stubEnv("OIDC_ISSUER", "https://idp.example.nl");
    const half = await freshEnv();
    expect(() => half.getEnv()).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET/);

    vi.resetModules();
    vi.stubEnv("OIDC_CLIENT_ID", "opvolging");
    vi.stubEnv("OIDC_CLIENT_SECRET", "geheim");
    const full = await freshEnv();
    expect(full.isOidcConfigured()).toBe(true);
  });
});
