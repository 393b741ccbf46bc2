// Password hashing with scrypt, a memory-hard key-derivation function built into
// Node (no native add-on to install). Stored as scrypt$N$r$p$salt$hash, so every hash
// carries the parameters it was made with: old hashes keep verifying after the cost is
// raised, and needsRehash() tells the sign-in to upgrade them (lib/auth/authorize-credentials.ts).
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

// OWASP's recommendation for scrypt (Password Storage Cheat Sheet): N=2^17, r=8, p=1.
// One hash is deliberately slow and takes 128 MiB (128 × N × r bytes), so
// lib/auth/password-check-limiter.ts caps how many run at once.
export const SCRYPT_COST = 2 ** 17;
export const SCRYPT_BLOCK_SIZE = 8;
export const SCRYPT_PARALLELISM = 1;
const KEY_LENGTH = 64;
// Refuse absurd parameters in a stored value instead of letting them exhaust memory.
const MAX_COST = 2 ** 20;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize("NFC"), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function optionsFor(N: number, r: number, p: number): ScryptOptions {
  // scrypt needs 128·N·r bytes; Node's default maxmem (32 MiB) is too small: allow headroom.
  // Never below that default: OpenSSL counts a little more than 128·N·r, so a stored hash
  // of tiny parameters (the tests' cheap hashes) would otherwise fail to verify.
  return { N, r, p, maxmem: Math.max(32 * 1024 * 1024, 256 * N * r) };
}

type ParsedHash = { N: number; r: number; p: number; salt: Buffer; hash: Buffer };

function parse(stored: string): ParsedHash | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash || rest.length > 0) return null;
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  if (
    ![N, R, P].every(Number.isSafeInteger) ||
    N < 2 ||
    N > MAX_COST ||
    (N & (N - 1)) !== 0 ||
    R < 1 ||
    R > 32 ||
    P < 1 ||
    P > 16
  )
    return null;
  return { N, r: R, p: P, salt: Buffer.from(salt, "base64"), hash: Buffer.from(hash, "base64") };
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, optionsFor(SCRYPT_COST, SCRYPT_BLOCK_SIZE, SCRYPT_PARALLELISM));
  return [
    "scrypt",
    SCRYPT_COST,
    SCRYPT_BLOCK_SIZE,
    SCRYPT_PARALLELISM,
    salt.toString("base64"),
    key.toString("base64"),
  ].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || parsed.hash.length === 0) return false;
  const actual = await scrypt(password, parsed.salt, parsed.hash.length, optionsFor(parsed.N, parsed.r, parsed.p));
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** Whether a stored hash was made with weaker parameters than today's (or cannot be read). */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  return (
    parsed.N < SCRYPT_COST ||
    parsed.r < SCRYPT_BLOCK_SIZE ||
    parsed.p < SCRYPT_PARALLELISM ||
    parsed.hash.length < KEY_LENGTH
  );
}

// A valid hash of a random password: verifying against it when an e-mail address is
// unknown makes a failed sign-in take as long whether or not the account exists.
let dummyHash: Promise<string> | undefined;
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}
