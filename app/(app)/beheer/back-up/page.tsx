import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { getBackupOverview } from "@/lib/backup/download-backup";
import { nl } from "@/lib/i18n/nl";

export const metadata: Metadata = { title: nl.backup.title };

export default async function BackupPage() {
  const actor = await requireUser();
  requirePagePermission(actor, "backup:download");
  const { latestMigration } = await getBackupOverview({ actor });
  const text = nl.backup;
  return (
    <>
      <h1 className="utrecht-heading-1">{text.title}</h1>
      <p className="utrecht-paragraph lead prose">{text.intro}</p>

      <h2 className="utrecht-heading-2">{text.usesTitle}</h2>
      <ul className="utrecht-unordered-list prose">
        {text.uses.map((use) => (
          <li key={use} className="utrecht-unordered-list__item">
            {use}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph prose">{text.excludedIntro}</p>

      <h2 className="utrecht-heading-2">{text.sensitiveTitle}</h2>
      <p className="utrecht-paragraph prose">{text.sensitive}</p>
      {/* A form that posts, not a link: a backup is heavy work, started deliberately and only
          from this page (the route checks the origin). The answer is the file itself. */}
      <form method="post" action="/beheer/back-up/downloaden" className="utrecht-paragraph">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {text.download}
        </button>
      </form>
      <p className="utrecht-paragraph prose break-anywhere">
        {text.downloadHint(latestMigration ?? text.noMigrations)}
      </p>

      <h2 className="utrecht-heading-2">{text.notForDisasterTitle}</h2>
      <p className="utrecht-paragraph prose">{text.notForDisaster}</p>

      <h2 className="utrecht-heading-2">{text.restoreTitle}</h2>
      <p className="utrecht-paragraph prose">{text.restoreHow}</p>
    </>
  );
}
