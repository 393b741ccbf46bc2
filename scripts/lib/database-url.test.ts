import { describe, expect, it } from "vitest";
import {
  assertLocalDatabaseUrl,
  databaseName,
  isLocalDatabaseUrl,
  redactDatabaseUrl,
  withDatabase,
} from "./database-url.ts";

describe("database URLs", () => {
  it("tell local servers from others", () => {
    expect(isLocalDatabaseUrl("postgresql://u:p@127.0.0.1:5432/x")).toBe(true);
    expect(isLocalDatabaseUrl("postgresql://u:p@localhost/x")).toBe(true);
    expect(isLocalDatabaseUrl("postgresql://u:p@[::1]:5432/x")).toBe(true);
    expect(isLocalDatabaseUrl("postgresql://u:p@db.minfin.example:5432/x")).toBe(false);
    expect(isLocalDatabaseUrl("geen url")).toBe(false);
  });

  it("refuse destructive work on a database elsewhere, without showing the password", () => {
    expect(() => assertLocalDatabaseUrl("postgresql://app:geheim@db.minfin.example/opvolging", "db:reset")).toThrow(
      "db:reset weigert een niet-lokale database (postgresql://app:***@db.minfin.example/opvolging)",
    );
    expect(() => assertLocalDatabaseUrl("postgresql://app:geheim@127.0.0.1/opvolging", "db:reset")).not.toThrow();
  });

  it("swap and read the database name", () => {
    const url = withDatabase("postgresql://u:p@127.0.0.1:5432/opvolging?sslmode=disable", "opvolging_test_1");
    expect(databaseName(url)).toBe("opvolging_test_1");
    expect(url).toContain("sslmode=disable");
    expect(redactDatabaseUrl("postgresql://u@h/d")).toBe("postgresql://u@h/d");
  });
});

describe("the local-only check", () => {
  it("refuses host, hostaddr and port query parameters, which libpq lets override the URL's host", () => {
    for (const query of [
      "host=db.minfin.example",
      "hostaddr=10.0.0.5",
      "port=6432",
      "sslmode=disable&host=%2Fvar%2Frun",
    ]) {
      const url = `postgresql://app:geheim@127.0.0.1:5432/opvolging?${query}`;
      expect(isLocalDatabaseUrl(url), query).toBe(false);
      expect(() => assertLocalDatabaseUrl(url, "db:seed --demo"), query).toThrow(
        /^db:seed --demo weigert een database-URL met de parameter '(host|hostaddr|port)'.*app:\*\*\*@/,
      );
    }
    expect(isLocalDatabaseUrl("postgresql://app:geheim@127.0.0.1:5432/opvolging?sslmode=disable")).toBe(true);
  });
});
