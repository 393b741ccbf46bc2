// The relying party for the request being handled (see relying-party.ts).
import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";
import { originFromHeaders, relyingParty, type RelyingParty } from "@/lib/passkeys/relying-party";

export async function currentRelyingParty(): Promise<RelyingParty> {
  const env = getEnv();
  if (env.AUTH_URL) return relyingParty(null, env);
  return relyingParty(await requestOrigin(), env);
}

async function requestOrigin(): Promise<string | null> {
  try {
    return originFromHeaders(await headers());
  } catch {
    // Outside a request (a script, a test calling the action) there are no headers.
    return null;
  }
}
