// One kengetal on the Kengetallen page: its name and description, the chart (or, for a
// single year, the figure itself), the table with the same numbers, and where they come from.
import type { ReactNode } from "react";
import type { IndicatorSeries } from "@/lib/indicators/list-indicators";
import { describeSeries, formatWithUnit, sourcesByYear, yearRanges } from "@/lib/indicators/describe-series";
import { formatNumber } from "@/lib/i18n/format-number";
import { nl } from "@/lib/i18n/nl";
import { BarChart } from "@/components/charts/bar-chart";
import { KeyFigure } from "@/components/charts/key-figure";
import { DataTable } from "@/components/ui/data-table";

export function IndicatorSection({ indicator, children }: { indicator: IndicatorSeries; children?: ReactNode }) {
  const headingId = `kengetal-${indicator.key}`;
  const { values } = indicator;
  return (
    <section className="page-section indicator" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>
        {indicator.name}
      </h2>
      <p className="utrecht-paragraph prose">{indicator.description}</p>
      {values.length === 0 ? (
        <p className="utrecht-paragraph">{nl.indicators.noValues}</p>
      ) : (
        <div className="indicator__figures">
          <figure className="indicator__chart">
            {values.length === 1 ? (
              <KeyFigure
                value={formatWithUnit(values[0]!.value, indicator.unit)}
                label={nl.indicators.singleYear(values[0]!.year)}
              />
            ) : (
              <BarChart
                id={`grafiek-${indicator.key}`}
                title={nl.indicators.chartTitle(indicator.name, yearRanges(values.map((point) => point.year)))}
                description={describeSeries(values, indicator.unit)}
                points={values.map((point) => ({ label: String(point.year), value: point.value }))}
                integer={indicator.unit === "aantal"}
              />
            )}
            <figcaption className="indicator__unit">{nl.indicators.unitLabel(indicator.unit)}</figcaption>
          </figure>
          <DataTable
            caption={nl.indicators.tableCaption(indicator.name)}
            columns={[
              nl.indicators.columnYear,
              { label: nl.indicators.columnValue, numeric: true },
              nl.indicators.columnUnit,
            ]}
            className="indicator__table"
            scroll={false}
          >
            {values.map((point) => (
              <tr key={point.id}>
                <th scope="row">{point.year}</th>
                <td className="numeric">{formatNumber(point.value)}</td>
                <td>{indicator.unit}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      <div className="indicator__sources">
        <h3 className="utrecht-heading-3">{nl.indicators.sources}</h3>
        <ul className="utrecht-unordered-list">
          {(values.length > 0 ? sourcesByYear(values) : [{ source: indicator.source, years: "" }]).map(
            ({ source, years }) => (
              <li key={source}>
                {years && <span className="indicator__source-years">{nl.indicators.sourceYears(years)} </span>}
                {source}
              </li>
            ),
          )}
        </ul>
      </div>
      {children}
    </section>
  );
}
