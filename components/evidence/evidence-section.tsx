// The evidence section of the action page, self-contained: it loads its own list and shows
// the forms only to a user who may change this action's evidence (the domain functions
// check again). A Lezer sees the list and the downloads, no forms.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { nl } from "@/lib/i18n/nl";
import { addEvidenceAction, removeEvidenceAction } from "@/app/(app)/acties/[id]/evidence-actions";
import { AddEvidenceForm } from "@/components/evidence/add-evidence-form";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { EvidenceRemoval } from "@/components/evidence/evidence-removal";

type Props = { actor: Actor; actionItemId: string; organisationId: string };

export async function EvidenceSection({ actor, actionItemId, organisationId }: Props) {
  const items = await listEvidence({ actor, actionItemId });
  const mayChange = can(actor, "actions:update", { organisationId });
  return (
    <section className="page-section evidence" aria-labelledby="bewijsstukken-titel">
      <h2 className="utrecht-heading-2" id="bewijsstukken-titel">
        {nl.evidence.title}
      </h2>
      <p className="utrecht-paragraph">{nl.evidence.intro}</p>
      {mayChange ? (
        <>
          <EvidenceRemoval action={removeEvidenceAction}>
            <EvidenceList actionItemId={actionItemId} items={items} removable />
          </EvidenceRemoval>
          <AddEvidenceForm action={addEvidenceAction} actionItemId={actionItemId} />
        </>
      ) : (
        <EvidenceList actionItemId={actionItemId} items={items} removable={false} />
      )}
    </section>
  );
}
