// "Meldingen per e-mail": three radio buttons and a button; a plain form post, no client script.
import { nl } from "@/lib/i18n/nl";
import type { EmailPreference } from "@/lib/generated/prisma/enums.ts";

const CHOICES: EmailPreference[] = ["IMMEDIATE", "DAILY", "NEVER"];

export function EmailPreferenceForm({
  action,
  current,
  version,
}: {
  action: (formData: FormData) => Promise<void>;
  current: EmailPreference;
  version: number;
}) {
  const t = nl.notifications.preference;
  return (
    <form action={action} className="email-preference">
      <input type="hidden" name="version" value={version} />
      <fieldset className="utrecht-form-fieldset" aria-describedby="e-mail-uitleg">
        <legend className="utrecht-form-fieldset__legend">{t.legend}</legend>
        <p className="utrecht-paragraph" id="e-mail-uitleg">
          {t.hint}
        </p>
        {CHOICES.map((choice) => (
          <div key={choice} className="email-preference__choice">
            <input
              type="radio"
              id={`e-mail-${choice}`}
              name="emailPreference"
              value={choice}
              defaultChecked={choice === current}
            />
            <label htmlFor={`e-mail-${choice}`}>{t[choice]}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t.save}
      </button>
    </form>
  );
}
