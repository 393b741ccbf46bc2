"use client";
// "Gebruiker toevoegen": name, e-mail address, organisation and role; the person then gets
// an invitation to choose a password (lib/accounts/send-invitation.ts). After any outcome but
// success the input stays.
import Link from "next/link";
import type { FormAction } from "@/lib/actions/action-result";
import type { CreatedUser } from "@/lib/users/create-user";
import { nl } from "@/lib/i18n/client/users";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { roleOptions, organisationOptions, type OrganisationOption } from "@/components/users/user-options";

type Props = {
  action: FormAction<CreatedUser>;
  organisations: readonly OrganisationOption[];
};

export function CreateUserForm({ action, organisations }: Props) {
  const { result, formAction, form, values, error } = useFormAction(action, "gebruiker-melding");
  const m = nl.userManagement;

  return (
    // React resets a form after its action, and a select back to the choice it was mounted
    // with: a new key per set of values mounts the fields with the user's input instead.
    <form ref={form} action={formAction} noValidate className="stacked-form" aria-label={m.createTitle}>
      <FormResultNotice result={result} id="gebruiker-melding" />
      <TextField
        id="gebruiker-naam"
        name="name"
        label={m.name}
        error={error("name")}
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
        error={error("email")}
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
        error={error("organisationId")}
        defaultValue={values.organisationId ?? ""}
        options={[{ value: "", label: m.chooseOrganisation }, ...organisationOptions(organisations)]}
        required
      />
      <SelectField
        id="gebruiker-rol"
        name="role"
        label={m.role}
        hint={m.roleHint}
        error={error("role")}
        defaultValue={values.role ?? ""}
        options={[{ value: "", label: m.chooseRole }, ...roleOptions()]}
        required
      />
      <div className="user-form__actions">
        <SubmitButton>{m.submitCreate}</SubmitButton>
        <Link href="/beheer/gebruikers" className="utrecht-link">
          {m.cancel}
        </Link>
      </div>
    </form>
  );
}
