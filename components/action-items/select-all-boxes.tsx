"use client";
// "Alles op deze pagina" above the action list's boxes: ticks or clears every row's box. It is
// rendered only where script runs, so it never promises what a plain form cannot do; without
// it, each row is ticked by hand.
import { useSyncExternalStore } from "react";
import { CheckboxField } from "@/components/forms/checkbox-field";

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
    <CheckboxField
      id={id}
      label={label}
      onChange={(event) => {
        const boxes = event.currentTarget.form?.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`) ?? [];
        for (const box of boxes) box.checked = event.currentTarget.checked;
      }}
    />
  );
}
