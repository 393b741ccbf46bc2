// The Logboek's filters as they travel in the URL (a GET form, Dutch parameter names), so a
// filtered view can be shared by link and exported with the same filters. Each parameter is
// read on its own: a wrong one is reported next to its field and left out of the filter,
// the others still apply.
import { z } from "zod";
import { AUDIT_ENTITY_TYPES, AUDIT_KINDS, type AuditEntityType, type AuditKind } from "@/lib/audit/record-audit-event";
import type { CalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { calendarDate, recordId } from "@/lib/validation/fields";
import { PageNumberSchema } from "@/lib/validation/pagination";
import type { FieldErrors } from "@/lib/actions/action-result";

/** The URL parameter of each filter. */
export const AUDIT_LOG_PARAMS = {
  actorId: "persoon",
  organisationCode: "organisatie",
  entityType: "gegeven",
  kind: "soort",
  from: "van",
  to: "tot",
} as const;

export type AuditLogFilters = {
  actorId?: string;
  organisationCode?: string;
  entityType?: AuditEntityType;
  kind?: AuditKind;
  /** Amsterdam calendar dates, both days included. */
  from?: CalendarDate;
  to?: CalendarDate;
};

type FilterKey = keyof AuditLogFilters;

const FILTER_SCHEMAS: { [K in FilterKey]-?: z.ZodType<NonNullable<AuditLogFilters[K]>> } = {
  actorId: recordId,
  organisationCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,16}$/, nl.forms.choiceInvalid),
  entityType: z.enum(AUDIT_ENTITY_TYPES, { error: nl.forms.choiceInvalid }),
  kind: z.enum(AUDIT_KINDS, { error: nl.forms.choiceInvalid }),
  from: calendarDate,
  to: calendarDate,
};

export type SearchParams = Record<string, string | string[] | undefined>;

export type ParsedAuditLogFilters = {
  filters: AuditLogFilters;
  page: number;
  /** Per URL parameter: why it was left out of the filter. */
  fieldErrors: FieldErrors;
  /** The parameters as given, to show again in the form. */
  values: Record<string, string>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

export function parseAuditLogFilters(params: SearchParams): ParsedAuditLogFilters {
  const filters: AuditLogFilters = {};
  const fieldErrors: FieldErrors = {};
  const values: Record<string, string> = {};
  for (const key of Object.keys(AUDIT_LOG_PARAMS) as FilterKey[]) {
    const param = AUDIT_LOG_PARAMS[key];
    const raw = first(params[param]);
    values[param] = raw;
    if (raw === "") continue;
    const parsed = FILTER_SCHEMAS[key].safeParse(raw);
    if (parsed.success) (filters as Record<FilterKey, unknown>)[key] = parsed.data;
    else fieldErrors[param] = parsed.error.issues[0]?.message ?? nl.forms.choiceInvalid;
  }
  if (filters.from && filters.to && filters.to < filters.from) {
    fieldErrors[AUDIT_LOG_PARAMS.to] = nl.auditLog.toBeforeFrom;
    delete filters.to;
  }
  return { filters, page: PageNumberSchema.parse(first(params.pagina) || undefined), fieldErrors, values };
}

/** The query string of a filtered view (and page), for links: pagination, export. */
export function auditLogQuery(filters: AuditLogFilters, page?: number): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(AUDIT_LOG_PARAMS) as FilterKey[]) {
    const value = filters[key];
    if (value) query.set(AUDIT_LOG_PARAMS[key], value);
  }
  if (page && page > 1) query.set("pagina", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The filters keyed by their URL parameter, as the export's audit event records them. */
export function filtersAsParams(filters: AuditLogFilters): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(AUDIT_LOG_PARAMS) as FilterKey[])
      .filter((key) => filters[key])
      .map((key) => [AUDIT_LOG_PARAMS[key], filters[key]!]),
  );
}
