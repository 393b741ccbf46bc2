// One page of the Logboek: when, who (or "systeem"), what kind of change, which record
// (with a link where it has a page) and the change itself, compact: long texts shortened.
// The CSV export holds the full values. The cells carry no classes of their own: .audit-table in
// app/globals.css styles them by element and position (decision 047).
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { formatTimestamp } from "@/lib/clock";
import type { AuditLogEntry } from "@/lib/audit/list-audit-events";
import { DataTable } from "@/components/ui/data-table";
import { EmailAddress } from "@/components/ui/email-address";
import { auditEntityHref, describeAuditChange, type AuditLookups } from "@/components/audit-log/describe-change";

const SHORT_TEXT = 120;

type Props = { entries: readonly AuditLogEntry[]; lookups: AuditLookups; canManageUsers: boolean };

export function AuditLogTable({ entries, lookups, canManageUsers }: Props) {
  const columns = nl.auditLog.columns;
  return (
    <DataTable
      caption={nl.auditLog.caption}
      columns={[columns.when, columns.person, columns.kind, columns.entity, columns.change]}
      className="audit-table"
    >
      {entries.map((entry) => {
        const person = entry.actorId ? lookups.people.get(entry.actorId) : undefined;
        const href = auditEntityHref(entry.entityType, entry.entityId, { canManageUsers });
        const entityName = nl.audit.entityTypes[entry.entityType] ?? entry.entityType;
        const changes = describeAuditChange(entry.before, entry.after, lookups, {
          maxLength: SHORT_TEXT,
          compact: true,
        });
        return (
          <tr key={entry.id}>
            <th scope="row">{formatTimestamp(entry.occurredAt)}</th>
            <td>
              {person ? (
                <>
                  {/* One text node per piece: adjacent ones cost a <!-- --> each in the HTML, 50 rows over. */}
                  {`${person.name} `}
                  <span>{`(${person.organisationCode})`}</span>
                </>
              ) : entry.actorId ? (
                entry.actorId
              ) : (
                <i>{nl.auditLog.system}</i>
              )}
            </td>
            <td>{nl.audit.kinds[entry.kind] ?? entry.kind}</td>
            <td>
              {href ? <Link href={href}>{entityName}</Link> : entityName}
              {entry.entityType === "SignIn" && <EmailAddress email={entry.entityId} />}
            </td>
            <td>
              {changes.length === 0 ? (
                nl.auditLog.noChange
              ) : (
                <ul>
                  {changes.map((change) => (
                    <li key={change.field}>
                      <b>{`${change.label}:`}</b>
                      {` ${change.text}`}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
