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
    expect(() => getEnv()).toThrow(
      /Ongeldige configuratie:[\s\S]*DATABASE_URL: moet met postgresql:\/\/ beginnen[\s\S]*AUTH_SECRET: moet minstens 32 tekens lang zijn[\s\S]*APP_TODAY/,
    );
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

describe("sign-in switches", () => {
  it("reads REQUIRE_SECOND_FACTOR, PASSWORD_SIGN_IN and the OIDC assurance lists", async () => {
    for (const [key, value] of Object.entries(valid)) vi.stubEnv(key, value);
    vi.stubEnv("REQUIRE_SECOND_FACTOR", "true");
    vi.stubEnv("OIDC_REQUIRED_ACR", " urn:substantieel , urn:hoog,");
    vi.stubEnv("OIDC_REQUIRED_AMR", "mfa");
    const { getEnv, isPasswordSignInEnabled } = await freshEnv();
    expect(getEnv()).toMatchObject({
      REQUIRE_SECOND_FACTOR: true,
      OIDC_REQUIRED_ACR: ["urn:substantieel", "urn:hoog"],
      OIDC_REQUIRED_AMR: ["mfa"],
    });
    expect(isPasswordSignInEnabled()).toBe(true);
  });

  it("refuses PASSWORD_SIGN_IN=false without an identity provider to sign in with", async () => {
    for (const [key, value] of Object.entries(valid)) vi.stubEnv(key, value);
    vi.stubEnv("PASSWORD_SIGN_IN", "false");
    const alone = await freshEnv();
    expect(() => alone.getEnv()).toThrow(/PASSWORD_SIGN_IN: PASSWORD_SIGN_IN=false laat alleen de identiteitsprovider/);

    vi.resetModules();
    vi.stubEnv("OIDC_ISSUER", "https://idp.example.nl");
    vi.stubEnv("OIDC_CLIENT_ID", "opvolging");
    vi.stubEnv("OIDC_CLIENT_SECRET", "geheim");
    const withIdp = await freshEnv();
    expect(withIdp.isPasswordSignInEnabled()).toBe(false);
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

describe("productionGuardsApply", () => {
  it("holds in production, except for a local demo (pinned today and a loopback database)", async () => {
    const { productionGuardsApply } = await freshEnv();
    const managed = "postgresql://app:geheim@db.example:5432/opvolging";
    const local = "postgresql://postgres@127.0.0.1:54329/opvolging";
    expect(productionGuardsApply({ NODE_ENV: "production", DATABASE_URL: managed })).toBe(true);
    // A pinned date alone does not make a real deployment a demo, nor a local database alone.
    expect(productionGuardsApply({ NODE_ENV: "production", APP_TODAY: "2023-04-03", DATABASE_URL: managed })).toBe(
      true,
    );
    expect(productionGuardsApply({ NODE_ENV: "production", DATABASE_URL: local })).toBe(true);
    expect(productionGuardsApply({ NODE_ENV: "production", APP_TODAY: "2023-04-03", DATABASE_URL: local })).toBe(false);
    expect(
      productionGuardsApply({
        NODE_ENV: "production",
        APP_TODAY: "2023-04-03",
        DATABASE_URL: "postgresql://u@localhost/o",
      }),
    ).toBe(false);
    expect(
      productionGuardsApply({
        NODE_ENV: "production",
        APP_TODAY: "2023-04-03",
        DATABASE_URL: "postgresql://u@[::1]:5432/o",
      }),
    ).toBe(false);
    // Hosts that only look local are not loopback.
    expect(
      productionGuardsApply({
        NODE_ENV: "production",
        APP_TODAY: "2023-04-03",
        DATABASE_URL: "postgresql://u@127.0.0.1.evil.example/o",
      }),
    ).toBe(true);
    expect(
      productionGuardsApply({
        NODE_ENV: "production",
        APP_TODAY: "2023-04-03",
        DATABASE_URL: "postgresql://u@localhost.example/o",
      }),
    ).toBe(true);
    expect(productionGuardsApply({ NODE_ENV: "development", DATABASE_URL: managed })).toBe(false);
  });

  it("wants an https AUTH_URL in production", async () => {
    for (const [key, value] of Object.entries(valid)) vi.stubEnv(key, value);
    vi.stubEnv("NODE_ENV", "production");
    const missing = await freshEnv();
    expect(() => missing.getEnv()).toThrow(/AUTH_URL: moet in productie een https-adres zijn/);

    vi.resetModules();
    vi.stubEnv("AUTH_URL", "http://opvolging.example.nl");
    const plain = await freshEnv();
    expect(() => plain.getEnv()).toThrow(/AUTH_URL: moet in productie een https-adres zijn/);

    vi.resetModules();
    vi.stubEnv("AUTH_URL", "https://opvolging.example.nl");
    const secure = await freshEnv();
    expect(secure.getEnv().AUTH_URL).toBe("https://opvolging.example.nl");
  });

  it("reads TRUST_PROXY as a number of proxies and refuses anything else", async () => {
    for (const [key, value] of Object.entries(valid)) vi.stubEnv(key, value);
    for (const [raw, expected] of [
      ["", 0],
      ["false", 0],
      ["0", 0],
      ["true", 1],
      ["2", 2],
    ] as const) {
      vi.resetModules();
      vi.stubEnv("TRUST_PROXY", raw);
      expect((await freshEnv()).getEnv().TRUST_PROXY).toBe(expected);
    }
    vi.resetModules();
    vi.stubEnv("TRUST_PROXY", "ja");
    const bad = await freshEnv();
    expect(() => bad.getEnv()).toThrow(/TRUST_PROXY/);
  });
});

describe("mail settings", () => {
  it("defaults the port to 587, and reads secure, login and sender", async () => {
    const { readMailSettings, appBaseUrl } = await freshEnv();
    const plain = readMailSettings({ SMTP_HOST: "smtp.example.nl" });
    expect(plain).toMatchObject({
      SMTP_HOST: "smtp.example.nl",
      SMTP_PORT: 587,
      MAIL_FROM: "Opvolging <noreply@opvolging.localhost>",
    });
    expect(plain.SMTP_SECURE).toBeUndefined(); // then secure follows the port: TLS on 465 only
    expect(
      readMailSettings({
        SMTP_PORT: "465",
        SMTP_SECURE: "true",
        SMTP_USER: "u",
        SMTP_PASSWORD: "p",
        MAIL_FROM: "Opvolging <noreply@x.nl>",
      }),
    ).toMatchObject({
      SMTP_PORT: 465,
      SMTP_SECURE: true,
      SMTP_USER: "u",
    });
    expect(appBaseUrl({ AUTH_URL: "https://opvolging.example.nl/", APP_BASE_URL: "https://other.example.nl" })).toBe(
      "https://opvolging.example.nl",
    );
    expect(appBaseUrl({ APP_BASE_URL: "https://opvolging.example.nl" })).toBe("https://opvolging.example.nl");
    expect(appBaseUrl({})).toBe("http://localhost:3000");
  });

  it("names malformed mail settings in Dutch, in the full configuration too", async () => {
    const { readMailSettings, getEnv } = await freshEnv();
    expect(() =>
      readMailSettings({ SMTP_PORT: "smtp", SMTP_SECURE: "ja", SMTP_USER: "u", MAIL_FROM: "niemand" }),
    ).toThrow(
      /SMTP_PORT: moet een poortnummer zijn[\s\S]*SMTP_SECURE: gebruik true[\s\S]*MAIL_FROM: moet een afzender zijn/,
    );
    expect(() => readMailSettings({ SMTP_USER: "u" })).toThrow(/SMTP_USER: zet SMTP_USER en SMTP_PASSWORD allebei/);
    for (const [key, value] of Object.entries(valid)) vi.stubEnv(key, value);
    vi.stubEnv("SMTP_PORT", "70000");
    expect(() => getEnv()).toThrow(/SMTP_PORT: moet een poortnummer zijn/);
  });
});
