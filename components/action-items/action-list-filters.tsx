// The filter form of /acties: a GET form, so every filter lands in the URL and the form
// works without JavaScript. With JavaScript, next/form navigates without a full reload;
// the key remounts the form on every URL, so after the back button it shows the filters
// of the list it sits above (an uncontrolled field would keep the last typed value).
import Form from "next/form";
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import type { ActionListOptions } from "@/lib/action-items/list-action-items";
import {
  actionListSearchParams,
  directionParam,
  sortParam,
  type ActionListFilters,
} from "@/lib/validation/action-list-filters";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";
import { SelectField } from "@/components/forms/select-field";
import { FieldFrame } from "@/components/forms/field";
import { OptionList } from "@/components/forms/option-list";
import { CheckboxField } from "@/components/forms/checkbox-field";

const t = nl.actionList;

export function ActionListFilters({ filters, options }: { filters: ActionListFilters; options: ActionListOptions }) {
  const recommendationsByEvaluation = options.evaluations
    .map((evaluation) => ({
      evaluation,
      recommendations: options.recommendations.filter(
        (recommendation) => recommendation.evaluationId === evaluation.id,
      ),
    }))
    .filter((group) => group.recommendations.length > 0);

  return (
    <Form
      action="/acties"
      role="search"
      aria-label={t.filtersLabel}
      className="action-filters"
      key={actionListSearchParams(filters).toString()}
    >
      <div className="action-filters__search">
        <TextField
          id="filter-zoek"
          name="zoek"
          type="search"
          label={t.search}
          hint={t.searchHint}
          defaultValue={filters.query ?? ""}
          maxLength={200}
        />
      </div>
      <div className="action-filters__grid">
        <SelectField
          id="filter-evaluatie"
          name="evaluatie"
          label={t.evaluation}
          defaultValue={filters.evaluationId ?? ""}
          options={[
            { value: "", label: t.allEvaluations },
            ...options.evaluations.map((evaluation) => ({ value: evaluation.id, label: evaluation.title })),
          ]}
        />
        <FieldFrame id="filter-aanbeveling" label={t.recommendation} kind="select">
          {() => (
            <select
              id="filter-aanbeveling"
              name="aanbeveling"
              className="utrecht-select utrecht-select--html-select"
              defaultValue={filters.recommendationId ?? ""}
            >
              <option value="">{t.allRecommendations}</option>
              <OptionList
                groups={recommendationsByEvaluation.map(({ evaluation, recommendations }) => [
                  evaluation.title,
                  recommendations.map((recommendation) => [
                    recommendation.id,
                    t.recommendationOption(recommendation.number, recommendation.title),
                  ]),
                ])}
              />
            </select>
          )}
        </FieldFrame>
        <SelectField
          id="filter-organisatie"
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
        <DateField id="filter-van" name="van" label={t.dueFrom} date={filters.dueFrom} />
        <DateField id="filter-tot" name="tot" label={t.dueTo} date={filters.dueTo} />
      </div>

      <fieldset
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset action-filters__statuses"
        aria-describedby="filter-status-hint"
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t.status}</legend>
        <p className="utrecht-form-field-description" id="filter-status-hint">
          {t.statusHint}
        </p>
        <div className="action-filters__choices">
          {ACTION_STATUSES.map((status) => (
            <CheckboxField
              key={status}
              id={`filter-status-${status}`}
              name="status"
              value={status}
              label={nl.actionStatus[status]}
              defaultChecked={filters.statuses.includes(status)}
            />
          ))}
        </div>
      </fieldset>

      <div className="action-filters__choices">
        <CheckboxField
          id="filter-te-laat"
          name="te-laat"
          value="1"
          label={t.overdue}
          hint={t.overdueHint}
          defaultChecked={filters.overdue}
        />
        <CheckboxField
          id="filter-mijn"
          name="mijn"
          value="1"
          label={t.mine}
          hint={t.mineHint}
          defaultChecked={filters.mine}
        />
      </div>

      {/* A column sort chosen in the table stays when the filters change; the page starts again at 1. */}
      {filters.sort && <input type="hidden" name="sorteer" value={sortParam(filters.sort)} />}
      {filters.direction && <input type="hidden" name="richting" value={directionParam(filters.direction)} />}

      <div className="action-filters__buttons">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t.apply}
        </button>
        <Link href="/acties" className="utrecht-link">
          {t.clear}
        </Link>
      </div>
    </Form>
  );
}
