// next-auth (Auth.js v5) set-up: e-mail and password against the users table, plus a
// generic OpenID Connect provider when OIDC_* is configured. Sessions are signed JWTs
// carrying user id, organisation and role; lib/auth/require-user.ts re-reads the user
// on every request, so a deactivated user loses access at once.
import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { getEnv, isOidcConfigured } from "@/lib/env";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { linkOidcAccount } from "@/lib/auth/link-oidc-account";
import { findLinkedIdentity } from "@/lib/auth/find-linked-identity";
import type { SessionIdentity } from "@/lib/auth/session-identity";
import type { Role } from "@/lib/generated/prisma/enums.ts";

export const OIDC_PROVIDER_ID = "oidc";

export const SIGN_IN_THROTTLED = "te-veel-pogingen";

/** Too many failed attempts for this address; the sign-in action shows its own message. */
class SignInThrottled extends CredentialsSignin {
  code = SIGN_IN_THROTTLED;
}

declare module "next-auth" {
  interface Session {
    user: SessionIdentity;
  }
}

function buildConfig(): NextAuthConfig {
  const env = getEnv();
  const providers: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const result = await authorizeCredentials(db(), credentials);
        if (result.ok) return result.identity;
        if (result.reason === "throttled") throw new SignInThrottled();
        return null;
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
      authorization: { params: { scope: "openid email profile" } },
    });
  }

  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/inloggen", error: "/inloggen" },
    providers,
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const identity = await linkOidcAccount(db(), {
          provider: account.provider,
          issuer: env.OIDC_ISSUER!,
          providerAccountId: account.providerAccountId,
          email: profile?.email,
          emailVerified: typeof profile?.email_verified === "boolean" ? profile.email_verified : undefined,
        });
        return identity ? true : "/inloggen?fout=geen-account";
      },
      async jwt({ token, user, account }) {
        if (account?.provider === OIDC_PROVIDER_ID) {
          // signIn (above) has linked the identity to a user; the token names that user, not the IdP's subject.
          const identity = await findLinkedIdentity(db(), { issuer: env.OIDC_ISSUER!, providerAccountId: account.providerAccountId });
          if (!identity) return null;
          Object.assign(token, toClaims(identity));
        } else if (user && "role" in user) {
          Object.assign(token, toClaims(user as SessionIdentity));
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          ...session.user,
          id: String(token.sub),
          name: String(token.name ?? ""),
          email: String(token.email ?? ""),
          role: token.role as Role,
          organisationId: String(token.organisationId),
        };
        return session;
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

function toClaims(identity: SessionIdentity) {
  return {
    sub: identity.id,
    name: identity.name,
    email: identity.email,
    role: identity.role,
    organisationId: identity.organisationId,
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => buildConfig());
