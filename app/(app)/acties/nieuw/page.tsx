// "Nieuwe actie" (Coördinator), from a recommendation: /acties/nieuw?aanbeveling=<id>
// preselects it. Others get the refusal; the domain function refuses a crafted request again.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { getActionItemFormOptions } from "@/lib/action-items/get-action-item-form";
import { nl } from "@/lib/i18n/nl";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { ActionItemForm } from "@/components/action-items/action-item-form";
import { createActionItemAction } from "./actions";

type Props = { searchParams: Promise<{ aanbeveling?: string }> };

export const metadata: Metadata = { title: nl.actionDetail.newTitle };

export default async function NewActionItemPage({ searchParams }: Props) {
  const actor = await requireUser();
  if (!can(actor, "actions:manage"))
    return <ForbiddenNotice title={nl.actionDetail.newTitle} message={nl.actionDetail.forbiddenManage} />;
  const { aanbeveling } = await searchParams;
  const options = await getActionItemFormOptions({ actor });
  const known = options.recommendations.some((group) => group.options.some((option) => option.value === aanbeveling));

  return (
    <>
      <h1 className="utrecht-heading-1" id="actie-formulier-titel">
        {nl.actionDetail.newTitle}
      </h1>
      <p className="utrecht-paragraph">{nl.actionDetail.newIntro}</p>
      <ActionItemForm
        action={createActionItemAction}
        mode="create"
        initial={{
          recommendationId: known ? aanbeveling : "",
          title: "",
          description: "",
          ownerOrganisationId: "",
          contactUserId: "",
          startDate: "",
          dueDate: "",
        }}
        recommendations={options.recommendations}
        organisations={options.organisations}
        contacts={options.contacts}
        cancelHref={known ? `/aanbevelingen/${aanbeveling}` : "/acties"}
      />
    </>
  );
}
