"use client";
// "Ontbrekende Engelse teksten" on an English report (decision 042): every text the report
// shows without its English, linked to where it is entered, and for the coordinator the
// form that accepts the Dutch text for the chosen items with a reason.
import type { FormAction } from "@/lib/actions/action-result";
import type { AcceptedDutchText } from "@/lib/reports/accept-dutch-text";
import type { MissingEnglishItem } from "@/lib/reports/get-missing-english";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";
import { CheckboxField } from "@/components/forms/checkbox-field";

type Props = {
  letterId: string;
  items: MissingEnglishItem[];
  /** Present while the coordinator may still accept: the action. */
  accept?: FormAction<AcceptedDutchText>;
};

export function MissingEnglish({ letterId, items, accept }: Props) {
  const words = nl.reports;
  const open = items.filter((item) => !item.accepted);
  return (
    <section className="page-section missing-english" aria-labelledby="ontbrekend-engels">
      <h2 className="utrecht-heading-2" id="ontbrekend-engels">
        {words.missingTitle}
      </h2>
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{words.missingNone}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{words.missingIntro}</p>
          <p className="utrecht-paragraph">
            <strong>{open.length === 0 ? words.missingNone : words.missingOpen(open.length)}</strong>
          </p>
          <ul className="utrecht-unordered-list missing-english__list">
            {items.map((item) => (
              <li key={item.key}>
                {words.missingWhat[item.what](item.recommendationNumber)}: <q lang="nl">{item.dutch}</q>{" "}
                <a className="utrecht-link" href={item.href}>
                  {words.missingEnter}
                </a>
                {item.accepted && (
                  <>
                    <br />
                    <span className="meta">{words.missingAcceptedBy(item.accepted.by, item.accepted.reason)}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
          {accept && open.length > 0 && <AcceptForm letterId={letterId} open={open} action={accept} />}
        </>
      )}
    </section>
  );
}

function AcceptForm({
  letterId,
  open,
  action,
}: {
  letterId: string;
  open: MissingEnglishItem[];
  action: FormAction<AcceptedDutchText>;
}) {
  const words = nl.reports;
  const { result, formAction, form, values, error } = useFormAction(action, "accepteren-melding");
  return (
    <form ref={form} action={formAction} noValidate className="stacked-form" aria-labelledby="accepteren-titel">
      <h3 className="utrecht-heading-3" id="accepteren-titel">
        {words.acceptSubmit}
      </h3>
      <FormResultNotice result={result} id="accepteren-melding" />
      <input type="hidden" name="letterId" value={letterId} />
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{words.acceptLegend}</legend>
        {error("items") && <p className="utrecht-form-field-error-message">{error("items")}</p>}
        {open.map((item, index) => {
          const id = `accepteren-${index}`;
          return (
            <CheckboxField
              key={item.key}
              id={id}
              name={`item:${item.key}`}
              defaultChecked={values[`item:${item.key}`] !== undefined}
              label={`${words.missingWhat[item.what](item.recommendationNumber)}: ${item.dutch}`}
            />
          );
        })}
      </fieldset>
      <TextAreaField
        id="accepteren-reden"
        name="reason"
        label={words.acceptReason}
        hint={words.acceptReasonHint}
        error={error("reason")}
        defaultValue={values.reason ?? ""}
        required
        maxLength={2000}
        rows={3}
      />
      <SubmitButton>{words.acceptSubmit}</SubmitButton>
    </form>
  );
}
