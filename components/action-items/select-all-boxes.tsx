"use client";
// "Alles op deze pagina" above the action list's boxes: ticks or clears every row's box. It is
// rendered only where script runs, so it never promises what a plain form cannot do; without
// it, each row is ticked by hand.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function SelectAllBoxes({ id, label, name }: { id: string; label: string; name: string }) {
  // False in the server's HTML and during hydration, true once the script runs.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!scripted) return null;
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <div className="utrecht-form-field__input">
        <input
          type="checkbox"
          id={id}
          className="utrecht-checkbox utrecht-checkbox--html-input"
          onChange={(event) => {
            const boxes = event.currentTarget.form?.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`) ?? [];
            for (const box of boxes) box.checked = event.currentTarget.checked;
          }}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
