"use client";
// "Gebruiker toevoegen": name, e-mail address, organisation, role and an optional first
// password. After any outcome but success the input stays, except the password.
import Link from "next/link";
import { useActionState, useRef } from "react";
import { idle, fieldError, submittedValues, type ActionResult } from "@/lib/actions/action-result";
import type { CreatedUser } from "@/lib/users/create-user";
import { nl } from "@/lib/i18n/client/users";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { roleOptions, organisationOptions, type OrganisationOption } from "@/components/users/user-options";

type Props = {
  action: (previous: ActionResult<CreatedUser>, formData: FormData) => Promise<ActionResult<CreatedUser>>;
  organisations: readonly OrganisationOption[];
};

export function CreateUserForm({ action, organisations }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(result, form, "gebruiker-melding");
  const values = submittedValues(result);
  const m = nl.userManagement;
  const passwordError = fieldError(result, "password") ?? (values.passwordGiven ? m.passwordNotKept : undefined);

  return (
    // React resets a form after its action, and a select back to the choice it was mounted
    // with: a new key per set of values mounts the fields with the user's input instead.
    <form ref={form} action={formAction} noValidate className="stacked-form" aria-label={m.createTitle}>
      <FormResultNotice result={result} id="gebruiker-melding" />
      <TextField
        id="gebruiker-naam"
        name="name"
        label={m.name}
        error={fieldError(result, "name")}
        defaultValue={values.name ?? ""}
        autoComplete="off"
        required
        maxLength={200}
      />
      <TextField
        id="gebruiker-email"
        name="email"
        type="email"
        label={m.email}
        hint={m.emailHint}
        error={fieldError(result, "email")}
        defaultValue={values.email ?? ""}
        autoComplete="off"
        spellCheck={false}
        required
        maxLength={254}
      />
      <SelectField
        id="gebruiker-organisatie"
        name="organisationId"
        label={m.organisation}
        error={fieldError(result, "organisationId")}
        defaultValue={values.organisationId ?? ""}
        options={[{ value: "", label: m.chooseOrganisation }, ...organisationOptions(organisations)]}
        required
      />
      <SelectField
        id="gebruiker-rol"
        name="role"
        label={m.role}
        hint={m.roleHint}
        error={fieldError(result, "role")}
        defaultValue={values.role ?? ""}
        options={[{ value: "", label: m.chooseRole }, ...roleOptions()]}
        required
      />
      <TextField
        id="gebruiker-wachtwoord"
        name="password"
        type="password"
        label={`${m.password} ${nl.forms.optional}`}
        hint={m.passwordHint}
        error={passwordError}
        autoComplete="new-password"
        maxLength={1024}
      />
      <div className="user-form__actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={pending || undefined}
        >
          {pending ? nl.forms.saving : m.submitCreate}
        </button>
        <Link href="/beheer/gebruikers" className="utrecht-link">
          {m.cancel}
        </Link>
      </div>
    </form>
  );
}
