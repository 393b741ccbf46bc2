// /beheer/import (Coördinator): the template, then one form to check and import a file.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { nl } from "@/lib/i18n/nl";
import { ImportForm } from "@/components/import/import-form";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/import-columns";
import { UPLOAD_READ_MEMORY_MB, UPLOAD_READ_SECONDS, ZIP_MAX_UNPACKED_MB } from "@/lib/uploads/upload-limits";
import { formatCount } from "@/lib/i18n/format-number";
import { importSpreadsheetAction } from "./actions";

export const metadata: Metadata = { title: nl.dataImport.title };

const t = nl.dataImport;
const MEGABYTES = MAX_IMPORT_BYTES / 1024 / 1024;
const ROWS = formatCount(MAX_IMPORT_ROWS);

export default async function ImportPage() {
  const actor = await requireUser();
  // The navigation shows the page to the Coördinator only; this refuses others on the server.
  requirePagePermission(actor, "data:import");
  return (
    <>
      <h1 className="utrecht-heading-1">{t.title}</h1>
      <p className="utrecht-paragraph lead prose">{t.intro}</p>
      <p className="utrecht-paragraph prose">
        {t.limits(MEGABYTES, ROWS)} {t.readLimits(UPLOAD_READ_SECONDS, UPLOAD_READ_MEMORY_MB, ZIP_MAX_UNPACKED_MB)}
      </p>

      <section className="import-template" aria-labelledby="import-sjabloon-titel">
        <h2 className="utrecht-heading-2" id="import-sjabloon-titel">
          {t.templateTitle}
        </h2>
        <p className="utrecht-paragraph prose">{t.templateIntro}</p>
        <ul className="utrecht-unordered-list import-template__links">
          <li>
            <a href="/beheer/import/sjabloon.xlsx" className="utrecht-link" download>
              {t.templateFilled}
            </a>
          </li>
          <li>
            <a href="/beheer/import/sjabloon.xlsx?inhoud=leeg" className="utrecht-link" download>
              {t.templateEmpty}
            </a>
          </li>
        </ul>
        <details className="import-rules">
          <summary>{t.rulesTitle}</summary>
          <ul className="utrecht-unordered-list prose">
            {t.rules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </details>
      </section>

      <ImportForm action={importSpreadsheetAction} maxBytes={MAX_IMPORT_BYTES} hint={t.fileHint(MEGABYTES, ROWS)} />
    </>
  );
}
