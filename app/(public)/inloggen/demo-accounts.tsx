// The demo's accounts and their shared password on the sign-in page, so that a new user
// needs neither the README nor the terminal. Only rendered when "today" is pinned (the demo).
import { DEMO_PASSWORD, demoUsers, organisations } from "@/prisma/seed-data";
import { DataTable } from "@/components/ui/data-table";
import { nl } from "@/lib/i18n/nl";
import { EmailAddress } from "@/components/ui/email-address";

const organisationNames: Record<string, string> = Object.fromEntries(
  organisations.map(({ code, name }) => [code, name]),
);

export function DemoAccounts() {
  const columns = nl.signIn.demoAccountsColumns;
  return (
    <section className="demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 className="utrecht-heading-2" id="demo-accounts-title">
        {nl.signIn.demoAccountsTitle}
      </h2>
      <p className="utrecht-paragraph">
        {nl.signIn.demoAccountsIntro} <code className="demo-accounts__password">{DEMO_PASSWORD}</code>
      </p>
      <DataTable
        caption={nl.signIn.demoAccountsCaption}
        columns={[columns.role, columns.organisation, columns.email]}
        scroll={false}
        className="demo-accounts__table"
      >
        {demoUsers.map((user) => (
          <tr key={user.email}>
            <th scope="row">{nl.roles[user.role]}</th>
            <td>
              <abbr title={organisationNames[user.organisation]}>{user.organisation}</abbr>
            </td>
            <td className="demo-accounts__email">
              <EmailAddress email={user.email} />
            </td>
          </tr>
        ))}
      </DataTable>
      <p className="utrecht-paragraph meta">{nl.signIn.demoAccountsFictitious}</p>
    </section>
  );
}
