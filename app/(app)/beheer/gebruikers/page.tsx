import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { listUsers } from "@/lib/users/list-users";
import { nl } from "@/lib/i18n/nl";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { Pagination } from "@/components/ui/pagination";
import { EmailAddress } from "@/components/ui/email-address";
import { UserStatusBadge } from "@/components/users/user-status-badge";
import { EndAllSessionsSection } from "@/components/users/end-all-sessions-section";
import { endAllSessionsAction } from "./actions";

export const metadata: Metadata = { title: nl.users.title };

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser();
  // The navigation hides the link from others; this refuses them on the server.
  requirePagePermission(actor, "users:manage");
  const { users, total, page, pageCount, pageSize } = await listUsers({
    actor,
    page: PageNumberSchema.parse((await searchParams).pagina),
  });
  const columns = nl.users.columns;
  const first = (page - 1) * pageSize + 1;
  return (
    <>
      <h1 className="utrecht-heading-1">{nl.users.title}</h1>
      <p className="utrecht-paragraph lead prose">{nl.users.intro}</p>
      <p className="utrecht-paragraph">
        <Link
          href="/beheer/gebruikers/nieuw"
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        >
          {nl.userManagement.addUser}
        </Link>
      </p>
      {users.length === 0 ? (
        <p className="utrecht-paragraph">{nl.users.empty}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{nl.users.range(first, first + users.length - 1, total)}</p>
          <DataTable
            caption={nl.users.caption}
            columns={[columns.name, columns.email, columns.role, columns.organisation, columns.status, columns.links]}
          >
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  <Link href={`/beheer/gebruikers/${user.id}`} className="utrecht-link">
                    {user.name}
                  </Link>
                </th>
                <td>
                  <EmailAddress email={user.email} />
                </td>
                <td>{nl.roles[user.role]}</td>
                <td>
                  <abbr title={user.organisation.name}>{user.organisation.code}</abbr>
                </td>
                <td>
                  <UserStatusBadge active={user.active} />
                </td>
                <td>
                  {user.linkedIssuers.length === 0 ? nl.users.noLinks : nl.users.linkCount(user.linkedIssuers.length)}
                </td>
              </tr>
            ))}
          </DataTable>
          <Pagination page={page} pageCount={pageCount} hrefFor={(target) => `/beheer/gebruikers?pagina=${target}`} />
        </>
      )}
      <EndAllSessionsSection action={endAllSessionsAction} />
    </>
  );
}
