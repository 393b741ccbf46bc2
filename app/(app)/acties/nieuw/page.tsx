// "Nieuwe actie" (Coördinator), from a recommendation: /acties/nieuw?aanbeveling=<id>
// preselects it. Others get the refusal; the domain function refuses a crafted request again.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { getActionItemFormOptions } from "@/lib/action-items/get-action-item-form";
import { nl } from "@/lib/i18n/nl";
import { ActionItemForm } from "@/components/action-items/action-item-form";
import { toPairGroups } from "@/components/forms/select-field";
import { createActionItemAction } from "./actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

type Props = { searchParams: Promise<{ aanbeveling?: string }> };

export const metadata: Metadata = { title: nl.actionDetail.newTitle };

export default async function NewActionItemPage({ searchParams }: Props) {
  const actor = await requireUser();
  requirePagePermission(actor, "actions:manage");
  const { aanbeveling } = await searchParams;
  const options = await getActionItemFormOptions({ actor });
  const known = options.recommendations.some((group) => group.options.some((option) => option.value === aanbeveling));

  return (
    <>
      <Breadcrumbs trail={[{ href: "/acties", label: nl.nav.actions }]} current={nl.actionDetail.newTitle} />
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
          titleEn: "",
          descriptionEn: "",
          ownerOrganisationId: "",
          contactUserId: "",
          startDate: "",
          dueDate: "",
        }}
        recommendations={toPairGroups(options.recommendations)}
        organisations={options.organisations}
        contacts={toPairGroups(options.contacts)}
        cancelHref={known ? `/aanbevelingen/${aanbeveling}` : "/acties"}
      />
    </>
  );
}
