// "Toezegging toevoegen" (Coördinator).
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { getCommitmentFormOptions } from "@/lib/commitments/get-commitment-form-options";
import { nl } from "@/lib/i18n/nl";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { createCommitmentAction } from "../actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

export const metadata: Metadata = { title: nl.commitments.form.newTitle };

export default async function NewCommitmentPage() {
  const actor = await requireUser();
  requirePagePermission(actor, "commitments:manage");
  const options = await getCommitmentFormOptions({ actor });
  return (
    <>
      <Breadcrumbs
        trail={[{ href: "/toezeggingen", label: nl.nav.commitments }]}
        current={nl.commitments.form.newTitle}
      />
      <h1 className="utrecht-heading-1">{nl.commitments.form.newTitle}</h1>
      <CommitmentForm
        action={createCommitmentAction}
        documents={options.documents}
        evaluations={options.evaluations}
        initial={{
          title: "",
          originalWording: "",
          dueDate: "",
          origin: "",
          originDocumentId: "",
          originDescription: "",
          responsibleMinister: "",
          source: "",
          recommendationIds: [],
        }}
        cancelHref="/toezeggingen"
      />
    </>
  );
}
