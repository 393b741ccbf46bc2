// The dashboard's lists: deadlines in the next 90 days, everything overdue, the next
// parliamentary deadline with its readiness, and the risk flags. Each list is limited on
// the server; the count says how many there are and links to /acties for the rest.
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate } from "@/lib/calendar-date";
import type { DeadlineList } from "@/lib/dashboard/deadline-section";
import type { NextCommitment } from "@/lib/dashboard/next-commitment-section";
import type { RiskSection } from "@/lib/dashboard/risk-section";
import { HALF_DONE_PERCENT, NO_UPDATE_DAYS, RISK_RULES, type RiskRule } from "@/lib/dashboard/risk-rules";
import { DataTable } from "@/components/ui/data-table";
import { DeadlineStateLabel } from "@/components/action-items/deadline-state-label";
import { formatCount } from "@/lib/i18n/format-number";

const t = nl.dashboard;

function MoreLink({ shown, total, href }: { shown: number; total: number; href: string }) {
  if (total <= shown) return null;
  return (
    <p className="utrecht-paragraph dashboard-more">
      {t.more(formatCount(shown), formatCount(total))}{" "}
      <Link href={href} className="utrecht-link" prefetch={false}>
        {t.moreLink}
      </Link>
    </p>
  );
}

function itemHref(item: { kind: "ACTION" | "COMMITMENT"; id: string }) {
  return item.kind === "ACTION" ? `/acties/${item.id}` : `/toezeggingen/${item.id}`;
}

export function DeadlineTable({
  id,
  title,
  intro,
  none,
  caption,
  list,
  overdue,
  moreHref,
}: {
  id: string;
  title: string;
  intro: string;
  none: string;
  caption: string;
  list: DeadlineList;
  overdue?: boolean;
  moreHref: string;
}) {
  return (
    <section className="dashboard-section" aria-labelledby={id}>
      <h2 className="utrecht-heading-2" id={id}>
        {title}
        {list.total > 0 && <span className="dashboard-count"> ({formatCount(list.total)})</span>}
      </h2>
      {list.total === 0 ? (
        <p className="utrecht-paragraph">{none}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{intro}</p>
          <DataTable
            caption={caption}
            className="dashboard-list"
            columns={[
              t.listColumns.date,
              t.listColumns.item,
              t.listColumns.organisation,
              overdue ? { label: t.listColumns.daysLate, numeric: true } : t.listColumns.state,
            ]}
          >
            {list.items.map((item) => (
              <tr key={`${item.kind}-${item.id}`}>
                <td className="dashboard-date">{formatCalendarDate(item.dueDate)}</td>
                <th scope="row">
                  {item.kind === "COMMITMENT" && <span className="dashboard-kind">{t.kindCommitment}: </span>}
                  <Link href={itemHref(item)} prefetch={false}>
                    {item.title}
                  </Link>
                </th>
                <td>{item.organisationCode ?? "—"}</td>
                {overdue ? (
                  <td className="numeric">
                    <DeadlineStateLabel state={item.state} /> {t.daysLate(item.daysLate)}
                  </td>
                ) : (
                  <td>
                    <DeadlineStateLabel state={item.state} />
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
          <MoreLink shown={list.items.length} total={list.total} href={moreHref} />
        </>
      )}
    </section>
  );
}

export function NextCommitmentPanel({ commitment }: { commitment: NextCommitment | null }) {
  return (
    <section className="dashboard-section dashboard-next" aria-labelledby="dashboard-kamer">
      <h2 className="utrecht-heading-2" id="dashboard-kamer">
        {t.nextTitle}
      </h2>
      {!commitment ? (
        <p className="utrecht-paragraph">{t.nextNone}</p>
      ) : (
        <>
          <p className="utrecht-paragraph dashboard-next__title">
            <Link href={`/toezeggingen/${commitment.id}`} className="utrecht-link" prefetch={false}>
              {commitment.title}
            </Link>
          </p>
          <dl className="dashboard-next__facts">
            <dt>{t.nextWording}</dt>
            <dd>“{commitment.originalWording}”</dd>
            <dt>{t.nextDate}</dt>
            <dd>
              {formatCalendarDate(commitment.dueDate)}{" "}
              <strong className="dashboard-countdown">({t.countdown(commitment.daysLeft)})</strong>
            </dd>
          </dl>
          <h3 className="utrecht-heading-3">{t.readinessTitle}</h3>
          {commitment.readiness.total === 0 ? (
            <p className="utrecht-paragraph">{t.readinessNoActions}</p>
          ) : (
            <>
              <p className="utrecht-paragraph dashboard-readiness">
                <meter
                  className="dashboard-readiness__meter"
                  min={0}
                  max={commitment.readiness.total}
                  value={commitment.readiness.ready}
                  aria-hidden="true"
                />
                <span id="dashboard-gereedheid">
                  {t.readinessFigure(
                    commitment.readiness.ready,
                    commitment.readiness.total,
                    commitment.readiness.percent,
                  )}
                </span>
              </p>
              <p className="utrecht-paragraph">
                {commitment.since
                  ? t.readinessSince(
                      `${commitment.since.type === "PLAN_OF_ACTION" ? t.documentPlan : t.documentLetter}${commitment.since.reference ? ` (Kamerstuk ${commitment.since.reference})` : ""}`,
                      formatCalendarDate(commitment.since.date),
                    )
                  : t.readinessSinceNone}
              </p>
              {commitment.readiness.notReady.length > 0 && (
                <>
                  <h4 className="utrecht-heading-4">{t.readinessMissingTitle}</h4>
                  <DataTable
                    caption={t.readinessMissingCaption}
                    className="dashboard-list"
                    columns={[
                      t.readinessColumns.action,
                      t.readinessColumns.organisation,
                      t.readinessColumns.due,
                      t.readinessColumns.lastUpdate,
                    ]}
                  >
                    {commitment.notReadyShown.map((action) => (
                      <tr key={action.id}>
                        <th scope="row">
                          <Link href={`/acties/${action.id}`} prefetch={false}>
                            {action.title}
                          </Link>
                        </th>
                        <td>{action.organisationCode}</td>
                        <td className="dashboard-date">{formatCalendarDate(action.dueDate)}</td>
                        <td className="dashboard-date">
                          {action.lastUpdateOn ? formatCalendarDate(action.lastUpdateOn) : t.neverUpdated}
                        </td>
                      </tr>
                    ))}
                  </DataTable>
                  {commitment.readiness.notReady.length > commitment.notReadyShown.length && (
                    <p className="utrecht-paragraph dashboard-more">
                      {t.readinessMore(
                        formatCount(commitment.notReadyShown.length),
                        formatCount(commitment.readiness.notReady.length),
                      )}
                    </p>
                  )}
                </>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

function ruleText(rule: RiskRule): string {
  if (rule === "NO_RECENT_UPDATE") return t.riskRule.NO_RECENT_UPDATE(NO_UPDATE_DAYS);
  if (rule === "BEHIND_SCHEDULE") return t.riskRule.BEHIND_SCHEDULE(HALF_DONE_PERCENT);
  return t.riskRule.DEADLINE_MOVED;
}

export function RiskList({ section, moreHref }: { section: RiskSection; moreHref: string }) {
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-risicos">
      <h2 className="utrecht-heading-2" id="dashboard-risicos">
        {t.risksTitle}
        {section.total > 0 && <span className="dashboard-count"> ({formatCount(section.total)})</span>}
      </h2>
      {section.total === 0 ? (
        <p className="utrecht-paragraph">{t.risksNone}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t.risksIntro}</p>
          <ul className="dashboard-rule-counts" aria-label={t.riskCounts}>
            {RISK_RULES.map((rule) => (
              <li key={rule}>
                {ruleText(rule)}: <strong>{formatCount(section.byRule[rule])}</strong>
              </li>
            ))}
          </ul>
          <DataTable
            caption={t.risksCaption}
            className="dashboard-list"
            columns={[
              t.riskColumns.action,
              t.riskColumns.organisation,
              t.riskColumns.due,
              { label: t.riskColumns.percent, numeric: true },
              t.riskColumns.rules,
            ]}
          >
            {section.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link href={`/acties/${row.id}`} prefetch={false}>
                    {row.title}
                  </Link>
                </th>
                <td>{row.organisationCode}</td>
                <td className="dashboard-date">{formatCalendarDate(row.dueDate)}</td>
                <td className="numeric">{row.percentDone}%</td>
                <td>
                  <ul className="dashboard-flags">
                    {row.flags.map((rule) => (
                      <li key={rule}>
                        <span aria-hidden="true">⚑ </span>
                        {ruleText(rule)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </DataTable>
          <MoreLink shown={section.rows.length} total={section.total} href={moreHref} />
        </>
      )}
    </section>
  );
}
