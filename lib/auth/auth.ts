// next-auth (Auth.js v5) set-up: e-mail and password against the users table, plus a
// generic OpenID Connect provider when OIDC_* is configured. Sessions are signed JWTs
// carrying user id, organisation, role and the session's times and version; the rules
// for when a token stops working are in lib/auth/session-policy.ts, applied here on every
// `auth()` and GET /api/auth/session, and again by lib/auth/require-user.ts.
import "server-only";
import { headers } from "next/headers";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { getEnv, isOidcConfigured, isPasswordSignInEnabled, productionGuardsApply } from "@/lib/env";
import { checkOidcAssurance } from "@/lib/auth/oidc-assurance";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { authorizePasskey } from "@/lib/auth/authorize-passkey";
import { originFromHeaders, relyingParty } from "@/lib/passkeys/relying-party";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { linkOidcAccount } from "@/lib/auth/link-oidc-account";
import { findLinkedIdentity } from "@/lib/auth/find-linked-identity";
import { endSession } from "@/lib/auth/end-session";
import { authCookieNames, secureCookiesFor } from "@/lib/auth/refresh-session-cookie";
import { continueSession, SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/auth/session-policy";
import type { SessionIdentity } from "@/lib/auth/session-identity";
import type { Role } from "@/lib/generated/prisma/enums.ts";

export const OIDC_PROVIDER_ID = "oidc";
/** The second credentials provider: a WebAuthn assertion instead of a password. */
export const PASSKEY_PROVIDER_ID = "passkey";

export const SIGN_IN_THROTTLED = "te-veel-pogingen";
export const SIGN_IN_BUSY = "druk";

/** Too many attempts for this e-mail or client address; the sign-in action shows its own message. */
class SignInThrottled extends CredentialsSignin {
  code = SIGN_IN_THROTTLED;
}

/** Too many password checks waiting in this server; the sign-in action asks to try again shortly. */
class SignInBusy extends CredentialsSignin {
  code = SIGN_IN_BUSY;
}

declare module "next-auth" {
  interface Session {
    user: SessionIdentity;
  }
}

async function currentClientAddress(trustedProxies: number): Promise<string | null> {
  return clientAddressFrom((await headers()).get("x-forwarded-for"), trustedProxies);
}

function buildConfig(): NextAuthConfig {
  const env = getEnv();
  const refuseDemoAccounts = productionGuardsApply(env);
  // PASSWORD_SIGN_IN=false: the page shows only the identity provider, and these two refuse.
  const passwordSignIn = isPasswordSignInEnabled(env);
  const providers: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        if (!passwordSignIn) return null;
        const result = await authorizeCredentials(db(), credentials, {
          clientAddress: await currentClientAddress(env.TRUST_PROXY),
          refuseDemoAccounts,
        });
        if (result.ok) return result.identity;
        if (result.reason === "throttled") throw new SignInThrottled();
        if (result.reason === "busy") throw new SignInBusy();
        return null;
      },
    }),
    Credentials({
      id: PASSKEY_PROVIDER_ID,
      name: "Passkey",
      credentials: { response: {} },
      async authorize(credentials) {
        if (!passwordSignIn) return null;
        const requestHeaders = await headers();
        const result = await authorizePasskey(db(), credentials, {
          relyingParty: relyingParty(originFromHeaders(requestHeaders), env),
          clientAddress: clientAddressFrom(requestHeaders.get("x-forwarded-for"), env.TRUST_PROXY),
          refuseDemoAccounts,
        });
        return result.ok ? result.identity : null;
      },
    }),
  ];
  if (isOidcConfigured(env)) {
    providers.push({
      id: OIDC_PROVIDER_ID,
      name: env.OIDC_NAME ?? "OpenID Connect",
      type: "oidc",
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: {
        params: {
          scope: "openid email profile",
          // Ask for the level the deployment requires; the ID token's answer is checked in signIn.
          ...(env.OIDC_REQUIRED_ACR.length > 0 ? { acr_values: env.OIDC_REQUIRED_ACR.join(" ") } : {}),
        },
      },
    });
  }

  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    useSecureCookies: secureCookiesFor(env),
    // `__Host-` instead of Auth.js's `__Secure-` names over https (ASVS 3.3.3).
    cookies: authCookieNames(secureCookiesFor(env)),
    // The token's own expiry; the absolute 8-hour limit from sign-in is `signedInAt`.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/inloggen", error: "/inloggen" },
    providers,
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const claims = profile as { acr?: unknown; amr?: unknown } | undefined;
        const shortfall = checkOidcAssurance(claims, { acr: env.OIDC_REQUIRED_ACR, amr: env.OIDC_REQUIRED_AMR });
        if (shortfall) {
          await recordAuditEvent(db(), {
            actorId: null,
            entityType: "SignIn",
            entityId: profile?.email ?? `${env.OIDC_ISSUER}#${account.providerAccountId}`,
            kind: "OIDC_REFUSED",
            after: {
              method: "oidc",
              reason: `assurance-${shortfall}`,
              acr: String(claims?.acr ?? ""),
              amr: String(claims?.amr ?? ""),
            },
          });
          return "/inloggen?fout=zekerheid";
        }
        const result = await linkOidcAccount(
          db(),
          {
            provider: account.provider,
            issuer: env.OIDC_ISSUER!,
            providerAccountId: account.providerAccountId,
            email: profile?.email,
            emailVerified: profile?.email_verified,
          },
          { refuseDemoAccounts },
        );
        return result.ok ? true : "/inloggen?fout=geen-account";
      },
      async jwt({ token, user, account }) {
        const now = new Date();
        if (account?.provider === OIDC_PROVIDER_ID) {
          // signIn (above) has linked the identity to a user; the token names that user, not the IdP's subject.
          const identity = await findLinkedIdentity(db(), {
            issuer: env.OIDC_ISSUER!,
            providerAccountId: account.providerAccountId,
          });
          if (!identity) return null;
          // The identity provider's own factors count (and OIDC_REQUIRED_* can demand them).
          return { ...token, ...startSession(identity, now, { mfa: true }) };
        }
        if (user && "role" in user) {
          // A passkey with user verification is two factors; a password is one (lib/auth/second-factor.ts).
          const mfa = account?.provider === PASSKEY_PROVIDER_ID;
          return { ...token, ...startSession(user as SessionIdentity, now, { mfa }) };
        }
        return continueSession(token, {
          now,
          lookupUser: (id) => db().user.findUnique({ where: { id }, select: { active: true, sessionVersion: true } }),
        });
      },
      session({ session, token }) {
        session.user = {
          ...session.user,
          id: String(token.sub),
          name: String(token.name ?? ""),
          email: String(token.email ?? ""),
          role: token.role as Role,
          organisationId: String(token.organisationId),
          sessionVersion: Number(token.sv),
        };
        return session;
      },
    },
    events: {
      // Also for POST /api/auth/signout, not only the sign-out button's server action.
      async signOut(message) {
        if ("token" in message) await endSession(db(), message.token);
      },
    },
    logger: {
      // A wrong password is an expected event, not an error worth a stack trace.
      error(error) {
        if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => buildConfig());
