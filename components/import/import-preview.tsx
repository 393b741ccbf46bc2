// The outcome of a check or an import: the count per outcome, the errors by row and column,
// and per row whether it is new, changed (which columns) or unchanged. Presentational only.
import { nl } from "@/lib/i18n/client/import";
import { DataTable } from "@/components/ui/data-table";
import type { ImportReport } from "@/lib/import/import-spreadsheet";
import type { RowOutcome } from "@/lib/import/plan-import";
import { formatCount } from "@/lib/i18n/format-number";

const t = nl.dataImport;
const OUTCOMES: RowOutcome[] = ["NEW", "CHANGED", "UNCHANGED", "INVALID"];

export function ImportPreview({ report }: { report: ImportReport }) {
  return (
    <section className="import-preview" aria-labelledby="import-resultaat">
      <h3 className="utrecht-heading-3" id="import-resultaat">
        {t.summaryTitle}
      </h3>
      <ul className="import-summary" aria-label={t.summaryLabel}>
        {OUTCOMES.map((outcome) => (
          <li key={outcome} className={`import-summary__item import-outcome--${outcome.toLowerCase()}`}>
            <span className="import-summary__value">{formatCount(report.counts[outcome])}</span> {t.summary[outcome]}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph import-duration">
        {t.duration((report.milliseconds / 1000).toLocaleString("nl-NL", { maximumFractionDigits: 1 }))}
      </p>

      {report.errors.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t.errorsTitle}</h3>
          {report.errors.length < report.errorCount && (
            <p className="utrecht-paragraph">
              {t.errorsMore(formatCount(report.errors.length), formatCount(report.errorCount))}
            </p>
          )}
          <DataTable
            caption={t.errorsCaption}
            columns={[{ label: t.errorColumns.row, numeric: true }, t.errorColumns.column, t.errorColumns.message]}
            className="import-errors"
          >
            {report.errors.map((error, index) => (
              <tr key={`${error.rowNumber}-${error.column}-${index}`}>
                <th scope="row" className="numeric">
                  {error.rowNumber}
                </th>
                <td>{error.column}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}

      {report.rows.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t.rowsTitle}</h3>
          {report.rows.length < report.rowCount && (
            <p className="utrecht-paragraph">
              {t.rowsMore(formatCount(report.rows.length), formatCount(report.rowCount))}
            </p>
          )}
          <DataTable
            caption={t.rowsCaption}
            columns={[
              { label: t.rowColumns.row, numeric: true },
              t.rowColumns.item,
              t.rowColumns.outcome,
              t.rowColumns.changes,
            ]}
            className="import-rows"
          >
            {report.rows.map((row) => (
              <tr key={row.rowNumber}>
                <th scope="row" className="numeric">
                  {row.rowNumber}
                </th>
                <td>{row.label}</td>
                <td>
                  <span className={`import-outcome import-outcome--${row.outcome.toLowerCase()}`}>
                    {t.outcome[row.outcome]}
                  </span>
                </td>
                <td>
                  {row.changes.length > 0 ? (
                    row.changes.join(", ")
                  ) : (
                    <span aria-label={nl.forms.empty}>{t.nothingChanges}</span>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
