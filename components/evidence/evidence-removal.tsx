"use client";
// Removing evidence from the list. One action state for the whole list: the removed item
// disappears from the page, so the outcome is shown above the list (and focus moves there),
// not inside the item that is gone. Each item's form asks once more before it removes.
import { createContext, useActionState, useContext, useRef, type ReactNode } from "react";
import { idle, type ActionResult } from "@/lib/actions/action-result";
import type { RemovedEvidence } from "@/lib/evidence/remove-evidence";
import { nl } from "@/lib/i18n/client/action-items";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";

type RemoveAction = (
  previous: ActionResult<RemovedEvidence>,
  formData: FormData,
) => Promise<ActionResult<RemovedEvidence>>;

const Removal = createContext<{ formAction: (formData: FormData) => void; pending: boolean } | null>(null);

export function EvidenceRemoval({ action, children }: { action: RemoveAction; children: ReactNode }) {
  const [result, formAction, pending] = useActionState(action, idle);
  // The forms are spread over the list and hold no fields that can be wrong: focus goes to the notice.
  const noFields = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(result, noFields, "bewijsstuk-verwijderd-melding");
  return (
    <Removal value={{ formAction, pending }}>
      <FormResultNotice result={result} id="bewijsstuk-verwijderd-melding" />
      {children}
    </Removal>
  );
}

export function RemoveEvidenceForm({
  actionItemId,
  evidenceId,
  version,
  title,
}: {
  actionItemId: string;
  evidenceId: string;
  version: number;
  title: string;
}) {
  const removal = useContext(Removal);
  if (!removal) return null;
  return (
    <details className="evidence-list__remove">
      <summary>
        {nl.evidence.remove}
        <span className="visually-hidden"> ‘{title}’</span>
      </summary>
      <form action={removal.formAction}>
        <input type="hidden" name="actionItemId" value={actionItemId} />
        <input type="hidden" name="evidenceId" value={evidenceId} />
        <input type="hidden" name="version" value={version} />
        <p className="utrecht-paragraph">{nl.evidence.removeExplanation}</p>
        <button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          aria-disabled={removal.pending || undefined}
        >
          {removal.pending ? nl.forms.saving : nl.evidence.removeSubmit}
          <span className="visually-hidden"> ‘{title}’</span>
        </button>
      </form>
    </details>
  );
}
