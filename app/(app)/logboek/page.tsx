// The Logboek: the audit trail for the Coördinator and the Beheerder, filtered through the
// URL, 50 events a page, exportable as CSV with the same filters.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { can } from "@/lib/auth/permissions";
import { nl } from "@/lib/i18n/nl";
import { AUDIT_COUNT_CAP, listAuditEvents } from "@/lib/audit/list-audit-events";
import { EXPORT_ROW_LIMIT } from "@/lib/audit/export-audit-events";
import { auditLogQuery, parseAuditLogFilters, type SearchParams } from "@/lib/validation/audit-log-filters";
import { Pagination } from "@/components/ui/pagination";
import { AuditLogFilterForm } from "@/components/audit-log/audit-log-filter-form";
import { AuditLogTable } from "@/components/audit-log/audit-log-table";
import { lookupsFrom } from "@/components/audit-log/describe-change";
import { formatCount } from "@/lib/i18n/format-number";

export const metadata: Metadata = { title: nl.auditLog.title };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireUser();
  // The navigation hides the link from others; this refuses them on the server.
  requirePagePermission(actor, "audit:read");
  const { filters, page: requested, fieldErrors, values } = parseAuditLogFilters(await searchParams);
  const log = await listAuditEvents({ actor, filters, page: requested });
  const first = (log.page - 1) * log.pageSize + 1;
  const last = first + log.entries.length - 1;
  const range = log.capped ? nl.auditLog.rangeCapped : nl.auditLog.range;

  return (
    <>
      <h1 className="utrecht-heading-1">{nl.auditLog.title}</h1>
      <p className="utrecht-paragraph lead prose">{nl.auditLog.intro}</p>
      <AuditLogFilterForm
        values={values}
        fieldErrors={fieldErrors}
        people={log.people}
        organisations={log.organisations}
      />

      <div className="page-section">
        {log.entries.length === 0 ? (
          <p className="utrecht-paragraph">{nl.auditLog.empty}</p>
        ) : (
          <>
            <div className="audit-summary">
              <p className="utrecht-paragraph audit-summary__range">
                {range(formatCount(first), formatCount(last), formatCount(log.total))}
              </p>
              <p className="utrecht-paragraph audit-summary__export">
                <a href={`/logboek/export${auditLogQuery(filters)}`} className="utrecht-link" download>
                  {nl.auditLog.export}
                </a>
              </p>
            </div>
            <p className="utrecht-paragraph audit-summary__hint">
              {nl.auditLog.exportHint(formatCount(EXPORT_ROW_LIMIT))}
            </p>
            {log.capped && (
              <p className="utrecht-paragraph status-note">{nl.auditLog.cappedNote(formatCount(AUDIT_COUNT_CAP))}</p>
            )}
            <AuditLogTable
              entries={log.entries}
              lookups={lookupsFrom(log.people, log.organisations)}
              canManageUsers={can(actor, "users:manage")}
            />
            <Pagination
              page={log.page}
              pageCount={log.pageCount}
              hrefFor={(target) => `/logboek${auditLogQuery(filters, target)}`}
            />
          </>
        )}
      </div>
    </>
  );
}
