// The secret of a calendar feed: 32 random bytes in base64url (43 characters), handed to the
// user once. The database keeps only its SHA-256 in hex, so a leaked database (or backup)
// gives no working feed URL. Tokens are looked up by their hash, so no comparison of secrets
// happens in our code that a timing difference could leak.
import { createHash, randomBytes } from "node:crypto";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newFeedToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashFeedToken(token) };
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether the text could be a token at all; anything else is answered 404 without a query. */
export function isWellFormedFeedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** The path of a feed, as Outlook subscribes to it. */
export function feedPath(token: string): string {
  return `/agenda/${token}.ics`;
}
