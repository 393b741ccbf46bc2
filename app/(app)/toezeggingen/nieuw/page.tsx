// "Toezegging toevoegen" (Coördinator).
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { getCommitmentFormOptions } from "@/lib/commitments/get-commitment-form-options";
import { nl } from "@/lib/i18n/nl";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { createCommitmentAction } from "../actions";

export const metadata: Metadata = { title: nl.commitments.form.newTitle };

export default async function NewCommitmentPage() {
  const actor = await requireUser();
  if (!can(actor, "commitments:manage"))
    return <ForbiddenNotice title={nl.commitments.form.newTitle} message={nl.commitments.forbiddenManage} />;
  const options = await getCommitmentFormOptions({ actor });
  return (
    <>
      <p className="utrecht-paragraph meta">
        <Link className="utrecht-link" href="/toezeggingen">
          {nl.commitments.backToList}
        </Link>
      </p>
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
