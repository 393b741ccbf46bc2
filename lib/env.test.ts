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

describe("APP_TODAY", () => {
  it("refuses dates that do not exist, with a Dutch message", async () => {
    for (const value of ["2023-02-30", "2023-13-01", "2023-02-29", "2023-04-31", "2023-00-10"]) {
      vi.resetModules();
      vi.stubEnv("APP_TODAY", value);
      const { getPinnedToday } = await freshEnv();
      expect(() => getPinnedToday(), value).toThrow(/Ongeldige configuratie: APP_TODAY: deze datum bestaat niet/);
    }
  });

  it("accepts real dates, a leap day included", async () => {
    for (const value of ["2023-04-03", "2024-02-29", "2023-12-31"]) {
      vi.stubEnv("APP_TODAY", value);
      const { getPinnedToday } = await freshEnv();
      expect(getPinnedToday()).toBe(value);
    }
  });

  it("refuses a date that does not exist in the full configuration too", async () => {
    for (const [key, value] of Object.entries(valid)) vi.stubEnv(key, value);
    vi.stubEnv("APP_TODAY", "2023-02-30");
    const { getEnv } = await freshEnv();
    expect(() => getEnv()).toThrow(/APP_TODAY: deze datum bestaat niet/);
  });
});
