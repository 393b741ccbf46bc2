"use server";
// The second step of signing in (REQUIRE_SECOND_FACTOR, lib/auth/second-factor.ts) for a
// person who has no passkey yet: register the first one, which completes this session.
// A person who already has one confirms with it instead (a passkey sign-in), so that a
// password alone can never add a passkey to an account that has one.
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { requirePendingUser } from "@/lib/auth/require-user";
import { isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { db } from "@/lib/db";
import { addPasskey } from "@/lib/passkeys/add-passkey";
import { registrationOptionsResult, type RegistrationOptionsResult } from "@/lib/passkeys/registration-options-result";
import { currentRelyingParty } from "@/lib/passkeys/current-relying-party";
import { keepCurrentSession } from "@/lib/passkeys/keep-current-session";
import { AddPasskeySchema } from "@/lib/validation/passkey";

async function hasPasskey(userId: string): Promise<boolean> {
  return (await db().passkey.count({ where: { userId } })) > 0;
}

export async function secondFactorRegistrationOptionsAction(): Promise<RegistrationOptionsResult> {
  const { actor } = await requirePendingUser();
  if (await hasPasskey(actor.id)) return { status: "invalid", message: nl.passkeys.mustConfirm };
  return registrationOptionsResult(actor);
}

export async function addSecondFactorPasskeyAction(
  _previous: ActionResult<{ passkeyId: string }>,
  formData: FormData,
): Promise<ActionResult<{ passkeyId: string }>> {
  const { actor } = await requirePendingUser();
  const values = { name: String(formData.get("name") ?? "") };
  const parsed = AddPasskeySchema.safeParse({ name: formData.get("name"), response: formData.get("response") });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return {
      status: "invalid",
      message: nl.forms.checkFields,
      fieldErrors: { name: fieldErrors.name?.[0], response: fieldErrors.response?.[0] },
      values,
    };
  }
  if (await hasPasskey(actor.id)) return { status: "refused", message: nl.passkeys.mustConfirm, values };
  try {
    await addPasskey({ actor, input: parsed.data, relyingParty: await currentRelyingParty() });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { status: "invalid", message: error.message, fieldErrors: {}, values };
  }
  await keepCurrentSession(actor.id, { mfa: true });
  redirect("/");
}
