// GET /logboek/export?<the Logboek's filters>: the matching events as CSV, streamed a chunk
// at a time (up to 100,000 rows), with the same words as the page and the full before/after.
// 401 without a session, 403 for a role without audit:read (and the attempt in the trail).
import { getActor } from "@/lib/auth/require-user";
import { assertCan } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { formatIsoTimestamp, today } from "@/lib/clock";
import { csvLines, csvStart, type CsvCell } from "@/lib/export/to-csv";
import { recordRefusedAttempt } from "@/lib/actions/record-refused-attempt";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { AUDIT_EXPORT_TARGET, exportAuditEvents, type AuditExport } from "@/lib/audit/export-audit-events";
import type { AuditLogEntry } from "@/lib/audit/list-audit-events";
import { parseAuditLogFilters } from "@/lib/validation/audit-log-filters";
import { auditJson, describeAuditChange, lookupsFrom, type AuditLookups } from "@/components/audit-log/describe-change";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(nl.auditLog.exportUnauthenticated, { status: 401, headers: TEXT });
  const { filters, fieldErrors } = parseAuditLogFilters(Object.fromEntries(new URL(request.url).searchParams));

  let exported: AuditExport;
  try {
    // Also checked here, before the filters: a role without access learns nothing from a 400.
    assertCan(actor, "audit:read", AUDIT_EXPORT_TARGET);
    if (Object.keys(fieldErrors).length > 0)
      return new Response(nl.auditLog.exportInvalid, { status: 400, headers: TEXT });
    exported = await exportAuditEvents({ actor, filters });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") {
      await recordRefusedAttempt(actor, error);
      return new Response(nl.errors.forbidden, { status: 403, headers: TEXT });
    }
    const reference = reportUnexpectedError(error, { actorId: actor.id });
    return new Response(`${nl.errors.generic} ${nl.forms.errorReference(reference)}`, { status: 500, headers: TEXT });
  }

  const lookups = lookupsFrom(exported.people, exported.organisations);
  const encoder = new TextEncoder();
  const columns = nl.auditLog.exportColumns;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        encoder.encode(
          csvStart([
            columns.when,
            columns.person,
            columns.organisation,
            columns.kind,
            columns.kindCode,
            columns.entity,
            columns.entityType,
            columns.entityId,
            columns.change,
            columns.before,
            columns.after,
          ]),
        ),
      );
    },
    async pull(controller) {
      try {
        const next = await exported.chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(csvLines(next.value.map((entry) => csvRow(entry, lookups)))));
      } catch (error) {
        reportUnexpectedError(error, { actorId: actor.id });
        controller.error(error);
      }
    },
    async cancel() {
      await exported.chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="logboek-${today()}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function csvRow(entry: AuditLogEntry, lookups: AuditLookups): CsvCell[] {
  const person = entry.actorId ? lookups.people.get(entry.actorId) : undefined;
  const change = describeAuditChange(entry.before, entry.after, lookups)
    .map((line) => `${line.label}: ${line.text}`)
    .join("\n");
  return [
    formatIsoTimestamp(entry.occurredAt),
    person?.name ?? entry.actorId ?? nl.auditLog.system,
    person?.organisationCode ?? "",
    nl.audit.kinds[entry.kind] ?? entry.kind,
    entry.kind,
    nl.audit.entityTypes[entry.entityType] ?? entry.entityType,
    entry.entityType,
    entry.entityId,
    change,
    auditJson(entry.before),
    auditJson(entry.after),
  ];
}
