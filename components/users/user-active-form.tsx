"use client";
// Deactivate (in two steps: the button leads to a confirmation with what it means) or
// activate again. Success goes to the user page with a notice (the server action redirects);
// a refusal, a colleague's change or one's own account is told here.
import Link from "next/link";
import type { FormAction } from "@/lib/actions/action-result";
import type { UserActiveState } from "@/lib/users/set-user-active";
import { nl } from "@/lib/i18n/client/users";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

type Props = {
  action: FormAction<UserActiveState>;
  userId: string;
  name: string;
  version: number;
  active: boolean;
  /** The confirmation step (`?bevestigen=deactiveren`). */
  confirming: boolean;
};

export function UserActiveForm({ action, userId, name, version, active, confirming }: Props) {
  const { result, formAction, form } = useFormAction(action, "status-melding");
  const m = nl.userManagement;
  const userPath = `/beheer/gebruikers/${encodeURIComponent(userId)}`;

  if (active && !confirming) {
    return (
      <p className="utrecht-paragraph">
        <Link
          href={`${userPath}?bevestigen=deactiveren#toegang-titel`}
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
        >
          {m.deactivate}
        </Link>
      </p>
    );
  }

  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className={active ? "confirm-panel" : undefined}
      aria-labelledby={active ? "bevestig-titel" : undefined}
    >
      <FormResultNotice result={result} id="status-melding" />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      {active ? (
        <>
          <h3 className="utrecht-heading-3" id="bevestig-titel">
            {m.deactivateConfirmTitle}
          </h3>
          <p className="utrecht-paragraph">{m.deactivateConfirm(name)}</p>
          <div className="user-form__actions">
            <SubmitButton className="confirm-panel__submit">{m.deactivateConfirmSubmit}</SubmitButton>
            <Link href={userPath} className="utrecht-link">
              {m.cancel}
            </Link>
          </div>
        </>
      ) : (
        <SubmitButton>{m.reactivate}</SubmitButton>
      )}
    </form>
  );
}
