"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { OIDC_PROVIDER_ID, SIGN_IN_BUSY, SIGN_IN_THROTTLED, signIn } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { SignInSchema } from "@/lib/validation/sign-in";
import { nl } from "@/lib/i18n/nl";

export type SignInState = {
  email: string;
  fieldErrors?: { email?: string; password?: string };
  formError?: string;
};

export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = SignInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { email, fieldErrors: { email: fieldErrors.email?.[0], password: fieldErrors.password?.[0] } };
  }

  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(formData.get("terug")) });
  } catch (error) {
    if (error instanceof AuthError) {
      if (error instanceof CredentialsSignin && error.code === SIGN_IN_THROTTLED)
        return { email, formError: nl.signIn.throttled };
      if (error instanceof CredentialsSignin && error.code === SIGN_IN_BUSY)
        return { email, formError: nl.signIn.busy };
      if (error.type === "CredentialsSignin") return { email, formError: nl.signIn.invalidCredentials };
      console.error(`[inloggen] ${error.type}`);
      return { email, formError: nl.signIn.unexpected };
    }
    throw error;
  }
  return { email };
}

export async function signInWithOidc(formData: FormData): Promise<void> {
  await signIn(OIDC_PROVIDER_ID, { redirectTo: safeReturnPath(formData.get("terug")) });
}
