// An audit event's before/after in words, for the Logboek and its CSV export: each field by
// its Dutch name, a status by its Dutch name, an organisation by its code, a user by name.
// Secrets never enter the trail; should a key that looks like one ever appear, it is left
// out here too.
import { nl } from "@/lib/i18n/nl";
import { describeValue } from "@/components/forms/describe-value";

export type AuditLookups = {
  people: ReadonlyMap<string, { name: string; organisationCode: string }>;
  organisations: ReadonlyMap<string, { code: string; name: string }>;
};

export type ChangeLine = { field: string; label: string; text: string };

const SECRET_KEY = /password|secret|token|^hash$/i;
const ORGANISATION_KEY = /organisationId$/i;
const USER_KEY = /(^u|U)serId$|^actorId$|^(requested|decided|added|created)ById$/;
const ROLE_NAMES = nl.roles as Record<string, string>;
/** Details the page leaves out as routine (the export keeps them): most sign-ins rehash nothing; an id says nothing. */
const ROUTINE: Record<string, (value: unknown) => boolean> = {
  rehashed: (value) => value === false,
  progressUpdateId: () => true,
};

export function auditFieldLabel(field: string): string {
  return nl.fields[field] ?? nl.auditLog.fieldLabels[field] ?? field;
}

/** One value in words; `maxLength` shortens long texts with "…". */
export function describeAuditValue(field: string, value: unknown, lookups: AuditLookups, maxLength?: number): string {
  return shorten(valueInWords(field, value, lookups), maxLength);
}

function valueInWords(field: string, value: unknown, lookups: AuditLookups): string {
  if (typeof value === "string") {
    if (field === "role") return ROLE_NAMES[value] ?? value;
    if (ORGANISATION_KEY.test(field)) return lookups.organisations.get(value)?.code ?? value;
    if (USER_KEY.test(field)) return lookups.people.get(value)?.name ?? value;
    if (field === "method") return nl.users.methods[value] ?? value;
    if (field === "reason" || field === "limit") return nl.users.reasons[value] ?? value;
    if (field === "entityType" || field === "gegeven") return nl.audit.entityTypes[value] ?? value;
    if (field === "kind" || field === "soort") return nl.audit.kinds[value] ?? value;
    if (field === "persoon") return lookups.people.get(value)?.name ?? value;
  }
  if (Array.isArray(value)) return value.map((item) => valueInWords(field, item, lookups)).join(", ");
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([key]) => !SECRET_KEY.test(key));
    if (entries.length === 0) return nl.auditLog.noChange;
    return entries.map(([key, inner]) => `${auditFieldLabel(key)}: ${valueInWords(key, inner, lookups)}`).join(", ");
  }
  return describeValue(field, value);
}

/**
 * The fields of a change: "Status: Niet gestart → In uitvoering" where both sides hold the
 * field and differ, else the one value ("Titel: …" of a new record, the old value of a
 * removed one).
 */
export function describeAuditChange(
  before: unknown,
  after: unknown,
  lookups: AuditLookups,
  { maxLength, compact = false }: { maxLength?: number; compact?: boolean } = {},
): ChangeLine[] {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter(
    (field) => !SECRET_KEY.test(field) && !(compact && ROUTINE[field]?.(to[field] ?? from[field])),
  );
  return fields.map((field) => {
    const label = auditFieldLabel(field);
    const hasBefore = field in from;
    const hasAfter = field in to;
    const describe = (value: unknown) => describeAuditValue(field, value, lookups, maxLength);
    if (hasBefore && hasAfter && JSON.stringify(from[field]) !== JSON.stringify(to[field])) {
      return { field, label, text: `${describe(from[field])} → ${describe(to[field])}` };
    }
    return { field, label, text: describe(hasAfter ? to[field] : from[field]) };
  });
}

/** Before/after as JSON for the export, with anything that looks like a secret left out. */
export function auditJson(value: unknown): string {
  if (value === null || value === undefined) return "";
  return JSON.stringify(value, (key, inner: unknown) => (key !== "" && SECRET_KEY.test(key) ? undefined : inner));
}

/** The page of the record an event is about, where it has one. */
export function auditEntityHref(
  entityType: string,
  entityId: string,
  { canManageUsers }: { canManageUsers: boolean },
): string | null {
  const id = encodeURIComponent(entityId);
  switch (entityType) {
    case "ActionItem":
      return `/acties/${id}`;
    case "Recommendation":
      return `/aanbevelingen/${id}`;
    case "User":
      return canManageUsers ? `/beheer/gebruikers/${id}` : null;
    default:
      return null;
  }
}

export function lookupsFrom(
  people: readonly { id: string; name: string; organisationCode: string }[],
  organisations: readonly { id: string; code: string; name: string }[],
): AuditLookups {
  return {
    people: new Map(people.map((person) => [person.id, person])),
    organisations: new Map(organisations.map((organisation) => [organisation.id, organisation])),
  };
}

function shorten(text: string, maxLength?: number): string {
  if (!maxLength || text.length <= maxLength) return text;
  return `${text.slice(0, maxLength - 1).trimEnd()}…`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
