"use client";
// Removing evidence from the list. One action state for the whole list: the removed item
// disappears from the page, so the outcome is shown above the list (and focus moves there),
// not inside the item that is gone. Each item's form asks once more before it removes.
import { createContext, useContext, type ReactNode } from "react";
import type { FormAction } from "@/lib/actions/action-result";
import type { RemovedEvidence } from "@/lib/evidence/remove-evidence";
import { nl } from "@/lib/i18n/client/action-items";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

type RemoveAction = FormAction<RemovedEvidence>;

const Removal = createContext<{ formAction: (formData: FormData) => void } | null>(null);

export function EvidenceRemoval({ action, children }: { action: RemoveAction; children: ReactNode }) {
  const { result, formAction, noticeId } = useFormAction(action, "bewijsstuk-verwijderd-melding");
  return (
    <Removal value={{ formAction }}>
      <FormResultNotice result={result} id={noticeId} />
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
        <SubmitButton variant="secondary">
          {nl.evidence.removeSubmit}
          <span className="visually-hidden"> ‘{title}’</span>
        </SubmitButton>
      </form>
    </details>
  );
}
