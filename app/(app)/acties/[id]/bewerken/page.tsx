// "Gegevens wijzigen" (Coördinator): title, description, owner, contact person and start date.
// Others get the refusal; the domain function refuses a crafted request again.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { getActionItemForEdit, getActionItemFormOptions } from "@/lib/action-items/get-action-item-form";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate } from "@/lib/clock";
import { ActionItemForm } from "@/components/action-items/action-item-form";
import { toPairGroups } from "@/components/forms/select-field";
import { updateActionItemAction } from "./actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: nl.actionDetail.editTitle };

export default async function EditActionItemPage({ params }: Props) {
  const actor = await requireUser();
  requirePagePermission(actor, "actions:manage");
  const { id } = await params;
  const [action, options] = await Promise.all([
    getActionItemForEdit({ actor, id }),
    getActionItemFormOptions({ actor }),
  ]);
  if (!action) notFound();

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/acties", label: nl.nav.actions },
          { href: `/acties/${action.id}`, label: action.title },
        ]}
        current={nl.actionDetail.editTitle}
      />
      <h1 className="utrecht-heading-1" id="actie-formulier-titel">
        {nl.actionDetail.editTitle}
      </h1>
      <p className="utrecht-paragraph">
        {nl.actionDetail.deadlineCurrent(formatCalendarDate(action.dueDate))} {nl.actionDetail.editIntro}
      </p>
      <ActionItemForm
        action={updateActionItemAction}
        mode="edit"
        edit={{ actionItemId: action.id, version: action.version }}
        initial={{
          title: action.title,
          description: action.description,
          titleEn: action.titleEn ?? "",
          descriptionEn: action.descriptionEn ?? "",
          ownerOrganisationId: action.ownerOrganisationId,
          contactUserId: action.contactUserId ?? "",
          startDate: action.startDate ?? "",
        }}
        recommendations={[]}
        organisations={options.organisations}
        contacts={toPairGroups(options.contacts)}
        cancelHref={`/acties/${action.id}`}
      />
    </>
  );
}
