"use client";
// "Status vaststellen" and "Vastgestelde status opheffen" on the recommendation's page,
// for the Coördinator. Both carry the version the page was rendered with.
import type { FormAction } from "@/lib/actions/action-result";
import { IMPLEMENTATION_STATUSES } from "@/lib/recommendations/recommendation-choices";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/client/recommendations";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SelectField } from "@/components/forms/select-field";

type OverrideProps<T> = {
  action: FormAction<T>;
  recommendationId: string;
  version: number;
  current: ImplementationStatus | null;
};

export function StatusOverrideForm<T>({ action, recommendationId, version, current }: OverrideProps<T>) {
  const { result, formAction, form, values, error } = useFormAction(action, "vaststellen-melding");
  const words = nl.recommendationDetail.override;
  // Rebuilt after every outcome: the kept input after an error, empty fields after a success.

  return (
    <form ref={form} action={formAction} noValidate className="stacked-form" aria-labelledby="vaststellen-titel">
      <h3 className="utrecht-heading-3" id="vaststellen-titel">
        {words.title}
      </h3>
      <p className="utrecht-paragraph">{words.intro}</p>
      <FormResultNotice result={result} id="vaststellen-melding" />
      <input type="hidden" name="recommendationId" value={recommendationId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        id="vaststellen-status"
        name="status"
        label={words.status}
        error={error("status")}
        defaultValue={values.status ?? current ?? ""}
        required
        options={[
          { value: "", label: words.statusPlaceholder },
          ...IMPLEMENTATION_STATUSES.map((status) => ({ value: status, label: nl.implementationStatus[status] })),
        ]}
      />
      <TextAreaField
        id="vaststellen-reden"
        name="reason"
        label={words.reason}
        hint={words.reasonHint}
        error={error("reason")}
        defaultValue={values.reason ?? ""}
        aria-required
        maxLength={2000}
        rows={3}
      />
      <SubmitButton>{words.submit}</SubmitButton>
    </form>
  );
}

type ClearProps<T> = { action: FormAction<T>; recommendationId: string; version: number };

export function ClearStatusOverrideForm<T>({ action, recommendationId, version }: ClearProps<T>) {
  const { result, formAction, form } = useFormAction(action, "opheffen-melding");
  const words = nl.recommendationDetail.override;

  return (
    <form ref={form} action={formAction} noValidate className="stacked-form" aria-labelledby="opheffen-titel">
      <h3 className="utrecht-heading-3" id="opheffen-titel">
        {words.clearTitle}
      </h3>
      <p className="utrecht-paragraph">{words.clearIntro}</p>
      <FormResultNotice result={result} id="opheffen-melding" />
      <input type="hidden" name="recommendationId" value={recommendationId} />
      <input type="hidden" name="version" value={version} />
      <div>
        <SubmitButton variant="secondary">{words.clear}</SubmitButton>
      </div>
    </form>
  );
}
