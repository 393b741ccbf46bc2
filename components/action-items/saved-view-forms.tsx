"use client";
// One saved view's forms on "Weergaven beheren": a new name, and removal.
import type { FormAction } from "@/lib/actions/action-result";
import { savedViewsMessages as nl } from "@/lib/i18n/saved-views";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";

type View = { id: string; name: string; version: number };
type Saved = { viewId: string; name: string };

export function RenameSavedViewForm({ action, view }: { action: FormAction<Saved>; view: View }) {
  const { result, formAction, form, noticeId, values, error } = useFormAction(action, `hernoemen-${view.id}-melding`);
  return (
    <form ref={form} action={formAction} noValidate className="saved-view-rename">
      <FormResultNotice result={result} id={noticeId} />
      <input type="hidden" name="viewId" value={view.id} />
      <input type="hidden" name="version" value={view.version} />
      <TextField
        id={`hernoemen-${view.id}`}
        name="name"
        label={nl.savedViews.renameLabel}
        error={error("name")}
        // The new version after a rename remounts the field with the new name.
        key={view.version}
        defaultValue={values.name ?? view.name}
        maxLength={80}
        autoComplete="off"
      />
      <SubmitButton variant="secondary">{nl.savedViews.rename}</SubmitButton>
    </form>
  );
}

export function DeleteSavedViewForm({ action, view }: { action: FormAction<Saved>; view: View }) {
  const { result, formAction, form, noticeId } = useFormAction(action, `verwijderen-${view.id}-melding`);
  return (
    <form ref={form} action={formAction} className="saved-view-delete">
      <input type="hidden" name="viewId" value={view.id} />
      <SubmitButton variant="secondary" aria-label={nl.savedViews.removeFor(view.name)} pendingLabel={false}>
        {nl.savedViews.remove}
      </SubmitButton>
      {result.status !== "success" && <FormResultNotice result={result} id={noticeId} />}
    </form>
  );
}
