import type { Metadata } from "next";
import Link from "next/link";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { listOrganisationChoices } from "@/lib/users/list-organisation-choices";
import { nl } from "@/lib/i18n/nl";
import { CreateUserForm } from "@/components/users/create-user-form";
import { createUserAction } from "./actions";

export const metadata: Metadata = { title: nl.userManagement.createTitle };

export default async function NewUserPage() {
  const actor = await requireUser();
  if (!can(actor, "users:manage")) {
    return <ForbiddenNotice title={nl.userManagement.createTitle} message={nl.users.forbidden} />;
  }
  const organisations = await listOrganisationChoices({ actor });
  return (
    <>
      <p className="utrecht-paragraph">
        <Link href="/beheer/gebruikers" className="utrecht-link">
          {nl.users.backToList}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{nl.userManagement.createTitle}</h1>
      <p className="utrecht-paragraph lead prose">{nl.userManagement.createIntro}</p>
      <CreateUserForm action={createUserAction} organisations={organisations} />
    </>
  );
}
