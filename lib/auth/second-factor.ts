// REQUIRE_SECOND_FACTOR (lib/env.ts): a password alone no longer opens the app. A session
// started with a password carries `mfa: false` (lib/auth/auth.ts); until the person confirms
// with a passkey, or registers their first one, requireUser sends every page and action to
// SECOND_FACTOR_PATH. A passkey sign-in (device plus pin or biometric) and the identity
// provider's sign-in count as more than a password.

export const SECOND_FACTOR_PATH = "/inloggen/tweede-stap";

export function secondFactorPending(claims: { mfa?: unknown }, env: { REQUIRE_SECOND_FACTOR?: boolean }): boolean {
  return env.REQUIRE_SECOND_FACTOR === true && claims.mfa !== true;
}
