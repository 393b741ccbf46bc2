// The secret of an API token: "opv_" and 32 random bytes in base64url, handed to the user
// once. As with calendar feeds (decision 014), the database keeps only its SHA-256 in hex
// and looks tokens up by that hash, so a leaked database or backup gives no working token.
// The prefix (the first characters) is kept to recognise a token in the list.
import { createHash, randomBytes } from "node:crypto";

export const API_TOKEN_MARKER = "opv_";
const TOKEN_PATTERN = /^opv_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = API_TOKEN_MARKER.length + 6;

export function newApiTokenSecret(): { token: string; tokenHash: string; prefix: string } {
  const token = `${API_TOKEN_MARKER}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, PREFIX_LENGTH) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether the text could be a token at all; anything else is refused without a query. */
export function isWellFormedApiToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
