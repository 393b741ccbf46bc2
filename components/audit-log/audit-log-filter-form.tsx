// The Logboek's filters: a plain GET form, so the filters land in the URL (a view can be
// shared by link, the back button works) and the form needs no client JavaScript.
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { AUDIT_ENTITY_TYPES, AUDIT_KINDS } from "@/lib/audit/record-audit-event";
import { AUDIT_LOG_PARAMS } from "@/lib/validation/audit-log-filters";
import type { FieldErrors } from "@/lib/actions/action-result";
import { SelectField } from "@/components/forms/select-field";
import { DateField } from "@/components/forms/date-field";

type Props = {
  values: Record<string, string>;
  fieldErrors: FieldErrors;
  people: readonly { id: string; name: string; organisationCode: string; active: boolean }[];
  organisations: readonly { code: string; name: string }[];
};

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "nl");

export function AuditLogFilterForm({ values, fieldErrors, people, organisations }: Props) {
  const p = AUDIT_LOG_PARAMS;
  const hasErrors = Object.keys(fieldErrors).length > 0;
  return (
    <form method="get" action="/logboek" className="audit-filters" aria-labelledby="logboek-filters-titel" noValidate>
      <h2 className="utrecht-heading-2 audit-filters__title" id="logboek-filters-titel">
        {nl.auditLog.filtersTitle}
      </h2>
      {hasErrors && (
        <div className="utrecht-alert utrecht-alert--error form-alert audit-filters__alert" role="alert">
          <p className="utrecht-paragraph">{nl.auditLog.filtersNotApplied}</p>
        </div>
      )}
      <div className="audit-filters__fields">
        <SelectField
          id="filter-persoon"
          name={p.actorId}
          label={nl.auditLog.person}
          error={fieldErrors[p.actorId]}
          defaultValue={values[p.actorId] ?? ""}
          options={[{ value: "", label: nl.auditLog.anyPerson }]}
          // Grouped under their organisation's name: the name beside every person repeated it.
          groups={organisations.map((organisation) => ({
            label: organisation.name,
            options: people
              .filter((person) => person.organisationCode === organisation.code)
              .map((person) => ({ value: person.id, label: nl.auditLog.personOption(person.name, person.active) })),
          }))}
        />
        <SelectField
          id="filter-organisatie"
          name={p.organisationCode}
          label={nl.auditLog.organisation}
          hint={nl.auditLog.organisationHint}
          error={fieldErrors[p.organisationCode]}
          defaultValue={values[p.organisationCode]?.toUpperCase() ?? ""}
          options={[
            { value: "", label: nl.auditLog.anyOrganisation },
            ...organisations.map((organisation) => ({
              value: organisation.code,
              label: `${organisation.code} – ${organisation.name}`,
            })),
          ]}
        />
        <SelectField
          id="filter-gegeven"
          name={p.entityType}
          label={nl.auditLog.entityType}
          error={fieldErrors[p.entityType]}
          defaultValue={values[p.entityType] ?? ""}
          options={[
            { value: "", label: nl.auditLog.anyEntityType },
            ...AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: nl.audit.entityTypes[type] ?? type })).sort(
              byLabel,
            ),
          ]}
        />
        <SelectField
          id="filter-soort"
          name={p.kind}
          label={nl.auditLog.kind}
          error={fieldErrors[p.kind]}
          defaultValue={values[p.kind] ?? ""}
          options={[
            { value: "", label: nl.auditLog.anyKind },
            ...AUDIT_KINDS.map((kind) => ({ value: kind, label: nl.audit.kinds[kind] ?? kind })).sort(byLabel),
          ]}
        />
        <DateField
          id="filter-van"
          name={p.from}
          label={nl.auditLog.from}
          hint={nl.auditLog.periodHint}
          error={fieldErrors[p.from]}
          submitted={values[p.from]}
        />
        <DateField
          id="filter-tot"
          name={p.to}
          label={nl.auditLog.to}
          hint={nl.auditLog.periodHint}
          error={fieldErrors[p.to]}
          submitted={values[p.to]}
        />
      </div>
      <div className="audit-filters__actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {nl.auditLog.apply}
        </button>
        <Link href="/logboek" className="utrecht-link">
          {nl.auditLog.clear}
        </Link>
      </div>
    </form>
  );
}
