// A real OpenID Connect identity provider for the end-to-end tests: `oidc-provider`
// (the certified library many production IdPs are built on) on 127.0.0.1, with one
// confidential client for the app. Its built-in development login page accepts any
// login and password; the login typed there is the e-mail address of the person who
// signs in, so a test chooses who arrives at the app.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { Server } from "node:http";
// @ts-expect-error -- oidc-provider ships no type declarations; the small surface used here is typed below.
import ProviderModule from "oidc-provider";
import { getFreePort } from "../scripts/lib/ports.ts";

type AccountClaims = { sub: string; email: string; email_verified?: boolean | string; name: string };
type InteractionResult = { login?: { accountId: string; acr?: string; amr?: string[] } };
type OidcProvider = {
  listen(port: number, host: string, callback: () => void): Server;
  interactionResult(req: unknown, res: unknown, result: InteractionResult, options?: unknown): Promise<string>;
};
type OidcProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;
const Provider = ProviderModule as OidcProviderConstructor;

export type TestIdentityProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
};

/**
 * The claims the IdP vouches for when someone logs in as `login`: an e-mail address,
 * optionally followed by `#unverified` (email_verified false), `#no-claim` (no
 * email_verified at all) or `#string-true` (the string "true", as some IdPs send it).
 * The assurance variants (ASSURANCE below) vouch for a verified address.
 */
function claimsFor(login: string): AccountClaims {
  const [address = "", variant] = login.trim().split("#");
  const email = address.toLowerCase();
  const claims: AccountClaims = { sub: login, email, name: `Test ${email.split("@")[0]}` };
  if (variant === "unverified") claims.email_verified = false;
  else if (variant === "string-true") claims.email_verified = "true";
  else if (variant !== "no-claim") claims.email_verified = true;
  return claims;
}

/** The assurance levels this IdP names in `acr`. */
export const TEST_ACR = { low: "urn:opvolging:test:laag", high: "urn:opvolging:test:hoog" } as const;

/**
 * How the person authenticated, by the login's variant: `#laag` a password at a low level,
 * `#hoog` a high level but a password only, `#mfa` a high level with a password and a
 * one-time code. Without one of these the ID token has no acr or amr, as before.
 */
const ASSURANCE: Record<string, { acr: string; amr: string[] }> = {
  laag: { acr: TEST_ACR.low, amr: ["pwd"] },
  hoog: { acr: TEST_ACR.high, amr: ["pwd"] },
  mfa: { acr: TEST_ACR.high, amr: ["pwd", "otp"] },
};

export async function startTestIdentityProvider({ appBaseUrl }: { appBaseUrl: string }): Promise<TestIdentityProvider> {
  const port = await getFreePort();
  // `localhost`, like the app's own URL: the browser follows these addresses and the
  // app fetches discovery, keys and tokens from them; the issuer in the ID token has to
  // match the configured OIDC_ISSUER exactly.
  const issuer = `http://localhost:${port}`;
  const clientId = "opvolging-e2e";
  const clientSecret = randomBytes(24).toString("base64url");
  // Fresh keys per run, so oidc-provider does not fall back to (and warn about) its
  // published development signing key and cookie secrets.
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        // Must equal what next-auth sends: its callback route for the provider id "oidc".
        redirect_uris: [`${appBaseUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: "e2e", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    // The development login form makes the typed login the account id (and `sub`);
    // every login exists here, and the app alone decides whether it may enter.
    findAccount: (_ctx: unknown, accountId: string) => ({ accountId, claims: () => claimsFor(accountId) }),
    // amr with openid: oidc-provider puts it in the ID token only as a claim of a granted scope
    // (acr comes with the acr_values the app asks for).
    claims: { openid: ["sub", "amr"], email: ["email", "email_verified"], profile: ["name"] },
    // next-auth reads the profile from the ID token only (it does not call userinfo for
    // type "oidc"), so scope-requested claims such as `email` must be in the ID token.
    conformIdTokenClaims: false,
    // next-auth sends a PKCE challenge by default; requiring it proves that it does.
    pkce: { required: () => true },
    // The levels a client may ask for with acr_values (the app does with OIDC_REQUIRED_ACR).
    acrValues: Object.values(TEST_ACR),
    features: { devInteractions: { enabled: true } },
    // Short-lived test artefacts; explicit values also keep oidc-provider from logging a notice per default.
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
  });
  // The development login page finishes with the account id alone; acr and amr come from the
  // login's result, so the assurance variant is added to it here (interactionFinished calls this).
  const finishInteraction = provider.interactionResult.bind(provider);
  provider.interactionResult = (req, res, result, options) => {
    const variant = result.login?.accountId.split("#")[1];
    const assurance = variant === undefined ? undefined : ASSURANCE[variant];
    if (result.login && assurance) result.login = { ...result.login, ...assurance };
    return finishInteraction(req, res, result, options);
  };
  const server = await new Promise<Server>((resolve) => {
    const listening: Server = provider.listen(port, "127.0.0.1", () => resolve(listening));
  });

  return {
    issuer,
    clientId,
    clientSecret,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive connections from the app would hold close() open
      }),
  };
}
