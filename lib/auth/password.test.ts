import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "./password";

/** A hash as the earlier code made it (N=2^15), to show old hashes keep working. */
function legacyHash(password: string, N = 2 ** 15): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFC"), salt, 64, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
  return ["scrypt", N, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
}

describe("password hashing", () => {
  it("hashes with OWASP's scrypt parameters (N=2^17, r=8, p=1), verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("Correct horse battery staple", hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it("still verifies a hash made with the old parameters, and marks it for an upgrade", async () => {
    const old = legacyHash("oud wachtwoord");
    expect(await verifyPassword("oud wachtwoord", old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("zelfde")).not.toBe(await hashPassword("zelfde"));
  });

  it("refuses malformed or absurd stored values instead of throwing", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "md5$abc")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1099511627776$8$1$c2FsdA==$aGFzaA==")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1000$8$1$c2FsdA==$aGFzaA==")).toBe(false);
    expect(needsRehash("md5$abc")).toBe(true);
  });
});
