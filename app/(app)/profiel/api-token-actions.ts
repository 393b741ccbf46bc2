"use server";
// The profile page's API token forms: make and revoke a token, always the user's own. The new
// token is returned once in the result; it is never stored.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { CreateApiTokenSchema, RevokeApiTokenSchema } from "@/lib/validation/api-token";
import { nl } from "@/lib/i18n/nl";

export type CreatedApiTokenResult = { tokenId: string; token: string };

export async function createApiTokenAction(
  _previous: ActionResult<CreatedApiTokenResult>,
  formData: FormData,
): Promise<ActionResult<CreatedApiTokenResult>> {
  const result = await runFormAction({
    formData,
    schema: CreateApiTokenSchema,
    run: async (actor, input) => {
      const created = await createApiToken({ actor, input });
      return { tokenId: created.tokenId, token: created.token };
    },
    success: nl.profile.tokenCreated,
  });
  revalidatePath("/profiel");
  return result;
}

export async function revokeApiTokenAction(
  _previous: ActionResult<{ tokenId: string }>,
  formData: FormData,
): Promise<ActionResult<{ tokenId: string }>> {
  const result = await runFormAction({
    formData,
    schema: RevokeApiTokenSchema,
    run: (actor, input) => revokeApiToken({ actor, input }),
    success: nl.profile.tokenRevoked,
  });
  revalidatePath("/profiel");
  return result;
}
