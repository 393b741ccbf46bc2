// The client address of the current request, as the sign-in reads it (lib/auth/client-address.ts):
// for counting attempts by other forms that guard a password (the reset request, the change).
import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";
import { clientAddressFrom } from "@/lib/auth/client-address";

export async function requestClientAddress(): Promise<string | null> {
  let forwardedFor: string | null;
  try {
    forwardedFor = (await headers()).get("x-forwarded-for");
  } catch {
    // Outside a request (an action called by a test) there is no client to name.
    return null;
  }
  return clientAddressFrom(forwardedFor, getEnv().TRUST_PROXY);
}
