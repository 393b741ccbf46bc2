// "Weergaven beheren": the signed-in person's own saved views of the action list, to open,
// rename or remove. Every role has them; nobody sees another person's.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { nl } from "@/lib/i18n/nl";
import { listSavedViews } from "@/lib/saved-views/list-saved-views";
import { SAVED_VIEWS_MAX } from "@/lib/saved-views/saved-view-limits";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";
import { DeleteSavedViewForm, RenameSavedViewForm } from "@/components/action-items/saved-view-forms";
import { deleteSavedViewAction, renameSavedViewAction } from "./actions";

export const metadata: Metadata = { title: nl.savedViews.manageTitle };

type Props = { searchParams: Promise<{ melding?: string | string[] }> };

export default async function SavedViewsPage({ searchParams }: Props) {
  const actor = await requireUser();
  const [views, { melding }] = await Promise.all([listSavedViews({ actor }), searchParams]);
  const t = nl.savedViews;

  return (
    <>
      <Breadcrumbs trail={[{ href: "/acties", label: nl.nav.actions }]} current={t.manageTitle} />
      <h1 className="utrecht-heading-1">{t.manageTitle}</h1>
      {melding === "verwijderd" && (
        <div className="utrecht-alert form-alert form-alert--ok" role="status">
          <p className="utrecht-paragraph">{t.removed}</p>
        </div>
      )}
      <p className="utrecht-paragraph lead">{t.manageIntro(SAVED_VIEWS_MAX)}</p>
      {views.length === 0 ? (
        <p className="utrecht-paragraph">{t.none}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t.count(views.length, SAVED_VIEWS_MAX)}</p>
          <DataTable caption={t.heading} columns={[t.columnName, t.columnActions]}>
            {views.map((view) => (
              <tr key={view.id}>
                <th scope="row">
                  <Link className="utrecht-link" href={view.href} prefetch={false}>
                    {view.name}
                  </Link>
                </th>
                <td>
                  <RenameSavedViewForm action={renameSavedViewAction} view={view} />
                  <DeleteSavedViewForm action={deleteSavedViewAction} view={view} />
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
