// "Contactpersoon toewijzen", the second step: the actions ticked on /acties arrive in the URL
// (each "id:version", from the list's GET form), are listed with their organisation and present
// contact person, and one new contact person is chosen from the people of those organisations.
// Only a coordinator; the assignment refuses each action changed since the list was shown.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { nl } from "@/lib/i18n/nl";
import { listBulkAssignChoices } from "@/lib/action-items/list-bulk-assign-choices";
import { listContactOptions } from "@/lib/action-items/list-contact-options";
import { BulkAssignChoicesSchema, bulkChoiceValue } from "@/lib/validation/bulk-assign";
import { actionListHref, parseActionListFilters } from "@/lib/validation/action-list-filters";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { BulkAssignForm } from "@/components/action-items/bulk-assign-form";
import { LIST_QUERY_FIELD } from "@/components/action-items/bulk-pick-form";
import { toPairGroups } from "@/components/forms/select-field";
import { assignContactInBulkAction } from "../actions";

export const metadata: Metadata = { title: nl.bulkAssign.title };

const t = nl.bulkAssign;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const asList = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

export default async function BulkAssignPage({ searchParams }: Props) {
  const actor = await requireUser();
  requirePagePermission(actor, "actions:manage");
  const query = await searchParams;
  // The list's filters, read through the list's own parser: the way back is built, never copied.
  const listQuery = asList(query[LIST_QUERY_FIELD])[0] ?? "";
  const backHref = actionListHref(parseActionListFilters(new URLSearchParams(listQuery.slice(0, 2000))));
  const parsed = BulkAssignChoicesSchema.safeParse(asList(query.actie));

  const header = (
    <>
      <Breadcrumbs trail={[{ href: backHref, label: nl.nav.actions }]} current={t.title} />
      <h1 className="utrecht-heading-1">{t.title}</h1>
    </>
  );
  const back = (
    <p className="utrecht-paragraph">
      <Link className="utrecht-link" href={backHref}>
        {t.backToList}
      </Link>
    </p>
  );

  if (!parsed.success) {
    return (
      <>
        {header}
        <div className="utrecht-alert utrecht-alert--error form-alert" role="alert">
          <p className="utrecht-paragraph">{parsed.error.issues[0]?.message ?? t.invalidChoice}</p>
        </div>
        {back}
      </>
    );
  }

  const { choices, missing } = await listBulkAssignChoices({ actor, choices: parsed.data });
  if (choices.length === 0) {
    // Every ticked action vanished meanwhile: nothing to assign, so no intro and no form.
    return (
      <>
        {header}
        <div className="utrecht-alert form-alert" role="status">
          <p className="utrecht-paragraph">{t.allMissing(missing)}</p>
        </div>
        {back}
      </>
    );
  }

  const organisationIds = [...new Set(choices.map((choice) => choice.organisation.id))];
  const contacts = await listContactOptions({ actor, organisationIds });

  return (
    <>
      {header}
      <p className="utrecht-paragraph lead">{t.intro(choices.length)}</p>
      {missing > 0 && (
        <div className="utrecht-alert form-alert" role="status">
          <p className="utrecht-paragraph">{t.chosenMissing(missing)}</p>
        </div>
      )}
      <DataTable
        caption={t.chosenCaption}
        columns={[t.chosenColumns.title, t.chosenColumns.organisation, t.chosenColumns.contact]}
      >
        {choices.map((choice) => (
          <tr key={choice.id}>
            <th scope="row">
              <Link href={`/acties/${choice.id}`}>{choice.title}</Link>
              {choice.isIllustrative && (
                <>
                  {" "}
                  <IllustrativeMarker />
                </>
              )}
            </th>
            <td>
              <abbr title={choice.organisation.name}>{choice.organisation.code}</abbr>
            </td>
            <td>{choice.contactName ?? t.noContact}</td>
          </tr>
        ))}
      </DataTable>
      <BulkAssignForm
        action={assignContactInBulkAction}
        contacts={toPairGroups(contacts)}
        choices={choices.map((choice) => bulkChoiceValue(choice.id, choice.version))}
      />
      {back}
    </>
  );
}
