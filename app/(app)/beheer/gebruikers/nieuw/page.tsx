import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { listOrganisationChoices } from "@/lib/users/list-organisation-choices";
import { nl } from "@/lib/i18n/nl";
import { CreateUserForm } from "@/components/users/create-user-form";
import { createUserAction } from "./actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

export const metadata: Metadata = { title: nl.userManagement.createTitle };

export default async function NewUserPage() {
  const actor = await requireUser();
  requirePagePermission(actor, "users:manage");
  const organisations = await listOrganisationChoices({ actor });
  return (
    <>
      <Breadcrumbs
        trail={[{ href: "/beheer/gebruikers", label: nl.users.title }]}
        current={nl.userManagement.createTitle}
      />
      <h1 className="utrecht-heading-1">{nl.userManagement.createTitle}</h1>
      <p className="utrecht-paragraph lead prose">{nl.userManagement.createIntro}</p>
      <CreateUserForm action={createUserAction} organisations={organisations} />
    </>
  );
}
