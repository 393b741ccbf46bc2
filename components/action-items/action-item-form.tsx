"use client";
// The coordinator's action form: "Nieuwe actie" (with recommendation and due date) and
// "Gegevens wijzigen" (without: the due date moves only through "Deadline wijzigen"). After
// any outcome but success the user's input stays; on success the server action redirects.
import Link from "next/link";
import { submittedValues, type FormAction } from "@/lib/actions/action-result";
import { commonMessages } from "@/lib/i18n/common";
import { actionItemFormMessages } from "@/lib/i18n/action-item-form";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";
import { SelectField, type OptionPairGroup } from "@/components/forms/select-field";

// Only the form's labels, not the whole actions message file (see lib/i18n/action-item-form.ts).
const nl = { forms: commonMessages.forms, actionDetail: actionItemFormMessages };

export type ActionItemFormValues = {
  recommendationId?: string;
  title: string;
  description: string;
  titleEn: string;
  descriptionEn: string;
  ownerOrganisationId: string;
  contactUserId: string;
  startDate: string;
  dueDate?: string;
};

type Props<T> = {
  action: FormAction<T>;
  mode: "create" | "edit";
  /** The action being edited and the version it was rendered with. */
  edit?: { actionItemId: string; version: number };
  initial: ActionItemFormValues;
  recommendations: readonly OptionPairGroup[];
  organisations: readonly { value: string; label: string }[];
  contacts: readonly OptionPairGroup[];
  cancelHref: string;
};

export function ActionItemForm<T>({
  action,
  mode,
  edit,
  initial,
  recommendations,
  organisations,
  contacts,
  cancelHref,
}: Props<T>) {
  const { result, formAction, form, error } = useFormAction(action, "actie-melding");
  const submitted = submittedValues(result);
  const value = (field: keyof ActionItemFormValues) => submitted[field] ?? initial[field] ?? "";

  return (
    <form ref={form} action={formAction} noValidate className="stacked-form" aria-labelledby="actie-formulier-titel">
      <FormResultNotice result={result} id="actie-melding" />
      {edit && (
        <>
          <input type="hidden" name="actionItemId" value={edit.actionItemId} />
          <input type="hidden" name="version" value={edit.version} />
        </>
      )}
      {mode === "create" && (
        <SelectField
          id="actie-aanbeveling"
          name="recommendationId"
          label={nl.actionDetail.formRecommendation}
          placeholder={nl.actionDetail.formRecommendationChoose}
          groups={recommendations}
          error={error("recommendationId")}
          defaultValue={value("recommendationId")}
          required
        />
      )}
      <TextField
        id="actie-titel"
        name="title"
        label={nl.actionDetail.formTitle}
        error={error("title")}
        defaultValue={value("title")}
        required
        maxLength={200}
      />
      <TextAreaField
        id="actie-omschrijving"
        name="description"
        label={nl.actionDetail.formDescription}
        error={error("description")}
        defaultValue={value("description")}
        required
        maxLength={4000}
      />
      <TextField
        id="actie-titel-en"
        name="titleEn"
        lang="en"
        label={nl.actionDetail.formTitleEn}
        hint={nl.actionDetail.formEnglishHint}
        error={error("titleEn")}
        defaultValue={value("titleEn")}
        maxLength={200}
      />
      <TextAreaField
        id="actie-omschrijving-en"
        name="descriptionEn"
        lang="en"
        label={nl.actionDetail.formDescriptionEn}
        error={error("descriptionEn")}
        defaultValue={value("descriptionEn")}
        maxLength={4000}
      />
      <SelectField
        id="actie-organisatie"
        name="ownerOrganisationId"
        label={nl.actionDetail.formOrganisation}
        error={error("ownerOrganisationId")}
        defaultValue={value("ownerOrganisationId")}
        options={[{ value: "", label: nl.actionDetail.formOrganisationChoose }, ...organisations]}
        required
      />
      <SelectField
        id="actie-contactpersoon"
        name="contactUserId"
        label={nl.actionDetail.formContact}
        hint={nl.actionDetail.formContactHint}
        placeholder={nl.actionDetail.formContactChoose}
        groups={contacts}
        error={error("contactUserId")}
        defaultValue={value("contactUserId")}
        required
      />
      <DateField
        id="actie-startdatum"
        name="startDate"
        label={`${nl.actionDetail.formStartDate} ${nl.forms.optional}`}
        error={error("startDate")}
        submitted={submitted.startDate}
        date={initial.startDate}
      />
      {mode === "create" && (
        <DateField
          id="actie-deadline"
          name="dueDate"
          label={nl.actionDetail.formDueDate}
          hint={nl.actionDetail.formDueDateHint}
          error={error("dueDate")}
          submitted={submitted.dueDate}
          date={initial.dueDate}
          required
        />
      )}
      <div className="form-buttons">
        <SubmitButton>{mode === "create" ? nl.actionDetail.formCreate : nl.actionDetail.formSave}</SubmitButton>
        <Link className="utrecht-link" href={cancelHref}>
          {nl.actionDetail.formCancel}
        </Link>
      </div>
    </form>
  );
}
