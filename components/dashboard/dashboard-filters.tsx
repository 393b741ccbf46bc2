// The dashboard's filters: a GET form, so the choice lands in the URL and works without JavaScript.
import Form from "next/form";
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import type { DashboardOptions } from "@/lib/dashboard/get-dashboard";
import type { DashboardFilters as Filters } from "@/lib/validation/dashboard-filters";
import { SelectField } from "@/components/forms/select-field";

const t = nl.dashboard;

export function DashboardFilters({ filters, options }: { filters: Filters; options: DashboardOptions }) {
  return (
    <Form
      action="/"
      role="search"
      aria-label={t.filtersLabel}
      className="dashboard-filters"
      key={`${filters.organisationCode ?? ""}|${filters.evaluationId ?? ""}`}
    >
      <SelectField
        id="dashboard-organisatie"
        name="organisatie"
        label={t.organisation}
        defaultValue={filters.organisationCode ?? ""}
        options={[
          { value: "", label: t.allOrganisations },
          ...options.organisations.map((organisation) => ({
            value: organisation.code,
            label: `${organisation.code} — ${organisation.name}`,
          })),
        ]}
      />
      <SelectField
        id="dashboard-evaluatie"
        name="evaluatie"
        label={t.evaluation}
        defaultValue={filters.evaluationId ?? ""}
        options={[
          { value: "", label: t.allEvaluations },
          ...options.evaluations.map((evaluation) => ({ value: evaluation.id, label: evaluation.title })),
        ]}
      />
      <div className="dashboard-filters__buttons">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t.apply}
        </button>
        {(filters.organisationCode || filters.evaluationId) && (
          <Link href="/" className="utrecht-link">
            {t.reset}
          </Link>
        )}
      </div>
    </Form>
  );
}
