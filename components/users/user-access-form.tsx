"use client";
// Role and organisation of one user, on the version the page was rendered with. After a
// colleague's save the page shows the new version and the user's own choice stays.
import type { FormAction } from "@/lib/actions/action-result";
import type { ChangedUserAccess } from "@/lib/users/change-user-access";
import type { Role } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/client/users";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { SelectField } from "@/components/forms/select-field";
import { roleOptions, organisationOptions, type OrganisationOption } from "@/components/users/user-options";

type Props = {
  action: FormAction<ChangedUserAccess>;
  userId: string;
  version: number;
  role: Role;
  organisationId: string;
  organisations: readonly OrganisationOption[];
};

export function UserAccessForm({ action, userId, version, role, organisationId, organisations }: Props) {
  const { result, formAction, form, values, error } = useFormAction(action, "toegang-melding");
  const m = nl.userManagement;

  return (
    // A new version (a colleague's save) renders the fields afresh; so does other input:
    // React resets a form after its action, and a select back to the choice it was mounted with.
    <form ref={form} action={formAction} noValidate className="stacked-form" aria-labelledby="rol-titel">
      <h2 className="utrecht-heading-2" id="rol-titel">
        {m.accessTitle}
      </h2>
      <p className="utrecht-paragraph">{m.accessIntro}</p>
      <FormResultNotice result={result} id="toegang-melding" />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        id="toegang-rol"
        name="role"
        label={m.role}
        hint={m.roleHint}
        error={error("role")}
        defaultValue={values.role ?? role}
        options={roleOptions()}
      />
      <SelectField
        id="toegang-organisatie"
        name="organisationId"
        label={m.organisation}
        error={error("organisationId")}
        defaultValue={values.organisationId ?? organisationId}
        options={organisationOptions(organisations)}
      />
      <div className="user-form__actions">
        <SubmitButton>{m.accessSubmit}</SubmitButton>
      </div>
    </form>
  );
}
