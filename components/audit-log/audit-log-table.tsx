// One page of the Logboek: when, who (or "systeem"), what kind of change, which record
// (with a link where it has a page) and the change itself, compact: long texts shortened.
// The CSV export holds the full values. The cells carry no classes of their own: .audit-table in
// app/globals.css styles them by element and position (decision 047). The rows go to the browser
// as compact data, drawn by AuditLogRows (decision 048): here every text is decided.
import { nl } from "@/lib/i18n/nl";
import { formatTimestamp } from "@/lib/clock";
import type { AuditLogEntry } from "@/lib/audit/list-audit-events";
import { DataTable } from "@/components/ui/data-table";
import { AuditLogRows, type AuditRowData } from "@/components/audit-log/audit-log-rows";
import { auditEntityHref, describeAuditChange, type AuditLookups } from "@/components/audit-log/describe-change";

const SHORT_TEXT = 120;

type Props = { entries: readonly AuditLogEntry[]; lookups: AuditLookups; canManageUsers: boolean };

export function AuditLogTable({ entries, lookups, canManageUsers }: Props) {
  const columns = nl.auditLog.columns;
  const rows = entries.map((entry): AuditRowData => {
    const person = entry.actorId ? lookups.people.get(entry.actorId) : undefined;
    return [
      entry.id,
      formatTimestamp(entry.occurredAt),
      person ? [person.name, person.organisationCode] : (entry.actorId ?? null),
      nl.audit.kinds[entry.kind] ?? entry.kind,
      nl.audit.entityTypes[entry.entityType] ?? entry.entityType,
      auditEntityHref(entry.entityType, entry.entityId, { canManageUsers }) ?? null,
      entry.entityType === "SignIn" ? entry.entityId : null,
      describeAuditChange(entry.before, entry.after, lookups, { maxLength: SHORT_TEXT, compact: true }).map(
        (change): [string, string] => [change.label, change.text],
      ),
    ];
  });
  return (
    <DataTable
      caption={nl.auditLog.caption}
      columns={[columns.when, columns.person, columns.kind, columns.entity, columns.change]}
      className="audit-table"
    >
      <AuditLogRows rows={rows} labels={{ system: nl.auditLog.system, noChange: nl.auditLog.noChange }} />
    </DataTable>
  );
}
