"use client";
// The rows of the Logboek, drawn from compact row data (decision 048): as RSC data a server
// component's row is a JSON element per cell, about twice its HTML, and every row would
// repeat it. Here a row is one array; the server decides every text (time, names, the
// change in words) and this file only lays the cells out, in the same HTML.
import Link from "next/link";
import { EmailAddress } from "@/components/ui/email-address";

/** One entry, in the order of the table's columns. */
export type AuditRowData = [
  id: string,
  when: string,
  /** The person and their organisation, the bare id of a removed account, or null for the system. */
  person: [name: string, organisationCode: string] | string | null,
  kind: string,
  entityName: string,
  /** The record's page, when it has one the reader may open. */
  href: string | null,
  /** For a sign-in: the address that was tried. */
  email: string | null,
  /** Each changed field as label and value; empty when nothing changed. */
  changes: [label: string, text: string][],
];

export type AuditRowLabels = { system: string; noChange: string };

export function AuditLogRows({ rows, labels }: { rows: readonly AuditRowData[]; labels: AuditRowLabels }) {
  return rows.map(([id, when, person, kind, entityName, href, email, changes]) => (
    <tr key={id}>
      <th scope="row">{when}</th>
      <td>
        {Array.isArray(person) ? (
          <>
            {/* One text node per piece: adjacent ones cost a <!-- --> each in the HTML, 50 rows over. */}
            {`${person[0]} `}
            <span>{`(${person[1]})`}</span>
          </>
        ) : person !== null ? (
          person
        ) : (
          <i>{labels.system}</i>
        )}
      </td>
      <td>{kind}</td>
      <td>
        {href !== null ? <Link href={href}>{entityName}</Link> : entityName}
        {email !== null && <EmailAddress email={email} />}
      </td>
      <td>
        {changes.length === 0 ? (
          labels.noChange
        ) : (
          <ul>
            {/* The list never reorders, and two fields may share a label: keyed by place. */}
            {changes.map(([label, text], index) => (
              <li key={index}>
                <b>{`${label}:`}</b>
                {` ${text}`}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  ));
}
