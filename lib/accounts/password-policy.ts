// The rules for a password a person chooses (ASVS 5.0, 6.2): at least 12 characters; long
// ones welcome, capped at 128 so that one scrypt computation stays bounded; no composition
// rules; not on the shipped list of common and breached passwords; not the person's own name
// or address, nor the application's words (6.2.11). Passwords are compared as typed, except
// that the list and the context words are matched in lower case.
import { COMMON_PASSWORDS } from "./common-passwords";
import { nl } from "@/lib/i18n/nl";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-length";

/** Words of this application and its owners that make a guessable password (ASVS 6.1.2). */
export const CONTEXT_WORDS = [
  "opvolging",
  "taskforce",
  "omkoping",
  "anti-omkoping",
  "exportkrediet",
  "atradius",
  "minfin",
  "financien",
  "buitenlandsezaken",
  "wachtwoord",
  "welkom",
] as const;

let common: Set<string> | undefined;

/** The list as a Set, read on first use (18,000 entries, a few milliseconds once). */
export function commonPasswords(): Set<string> {
  common ??= new Set(COMMON_PASSWORDS.split("\n").filter(Boolean));
  return common;
}

/** The characters that count: what remains of a password once the context word is taken out. */
const remainder = (password: string, word: string) =>
  password
    .split(word)
    .join("")
    .replace(/[^\p{L}]/gu, "");

/**
 * Why this new password is refused, in Dutch, or null when it is acceptable. Length is counted
 * in characters (code points), as a person counts them.
 */
export function passwordProblem(password: string, person: { email: string; name: string }): string | null {
  const m = nl.accounts;
  const length = [...password].length;
  if (length === 0) return m.passwordRequired;
  if (length < MIN_PASSWORD_LENGTH) return m.passwordTooShort(MIN_PASSWORD_LENGTH);
  if (length > MAX_PASSWORD_LENGTH) return m.passwordTooLong(MAX_PASSWORD_LENGTH);
  const lower = password.normalize("NFC").toLowerCase();
  if (commonPasswords().has(lower)) return m.passwordCommon;
  // A context word padded with digits or punctuation ("Opvolging2026!") is as guessable as the
  // word: refused when fewer than four letters remain besides it.
  const localPart = person.email.toLowerCase().split("@")[0] ?? "";
  const nameParts = person.name
    .toLowerCase()
    .split(/\s+/)
    .filter((part) => part.length >= 4);
  const words = [...CONTEXT_WORDS, person.email.toLowerCase(), localPart, ...nameParts].filter((w) => w.length >= 4);
  if (words.some((word) => lower.includes(word) && remainder(lower, word).length < 4)) return m.passwordContext;
  return null;
}
