// "Toezegging bewerken" (Coördinator): the form filled with the commitment as it is now.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { getCommitment } from "@/lib/commitments/get-commitment";
import { getCommitmentFormOptions } from "@/lib/commitments/get-commitment-form-options";
import { nl } from "@/lib/i18n/nl";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { updateCommitmentAction } from "../../actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: nl.commitments.form.editTitle };

export default async function EditCommitmentPage({ params }: Props) {
  const actor = await requireUser();
  requirePagePermission(actor, "commitments:manage");
  const { id } = await params;
  const [commitment, options] = await Promise.all([getCommitment({ actor, id }), getCommitmentFormOptions({ actor })]);
  if (!commitment) notFound();
  const path = `/toezeggingen/${encodeURIComponent(commitment.id)}`;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/toezeggingen", label: nl.nav.commitments },
          { href: path, label: commitment.title },
        ]}
        current={nl.commitments.form.editTitle}
      />
      <h1 className="utrecht-heading-1">{nl.commitments.form.editTitle}</h1>
      <CommitmentForm
        action={updateCommitmentAction}
        documents={options.documents}
        evaluations={options.evaluations}
        initial={{
          title: commitment.title,
          originalWording: commitment.originalWording,
          dueDate: commitment.dueDate,
          origin: commitment.origin,
          originDocumentId: commitment.originDocument?.id ?? "",
          originDescription: commitment.originDescription ?? "",
          responsibleMinister: commitment.responsibleMinister,
          source: commitment.source,
          recommendationIds: commitment.recommendations.map((recommendation) => recommendation.id),
        }}
        edit={{ commitmentId: commitment.id, version: commitment.version }}
        cancelHref={path}
      />
    </>
  );
}
