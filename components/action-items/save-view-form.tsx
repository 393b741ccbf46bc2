"use client";
// "Weergave opslaan": a name for the filters and sort the list shows now. The list's
// parameters travel in a hidden field; the server reads them with the list's own schema.
import type { FormAction } from "@/lib/actions/action-result";
import { savedViewsMessages as nl } from "@/lib/i18n/saved-views";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";

type Props = { action: FormAction<{ viewId: string; name: string }>; query: string };

export function SaveViewForm({ action, query }: Props) {
  const { result, formAction, form, noticeId, values, error } = useFormAction(action, "weergave-melding");
  return (
    <form ref={form} action={formAction} noValidate className="saved-views__form">
      <FormResultNotice result={result} id={noticeId} />
      <input type="hidden" name="query" value={query} />
      <TextField
        id="weergave-naam"
        name="name"
        label={nl.savedViews.nameLabel}
        hint={nl.savedViews.nameHint}
        error={error("name")}
        defaultValue={values.name ?? ""}
        maxLength={80}
        autoComplete="off"
      />
      <SubmitButton variant="secondary">{nl.savedViews.save}</SubmitButton>
    </form>
  );
}
