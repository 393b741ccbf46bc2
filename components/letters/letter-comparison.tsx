// "Wat is er veranderd": per recommendation the status then and now (in the app's words and
// on the OECD scale the letter uses), then the actions that are new, finished, cancelled or
// moved, each group a table with its caption, or one sentence when the group is empty. A group
// shows its first ACTION_GROUP_ROWS rows and a link to all of them (?alle=<group>): the first
// letter about a commitment lists every action as new, and a page carries its rows twice (as
// HTML and as RSC data; 500 rows were 520 kB per view).
import type { ReactNode } from "react";
import Link from "next/link";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import { formatCalendarDate } from "@/lib/calendar-date";
import { nl } from "@/lib/i18n/nl";
import { toOecdGrade } from "@/lib/recommendations/derive-implementation-status";
import type { ComparedAction, LetterComparison } from "@/lib/letters/compare-letter-snapshots";
import { DataTable } from "@/components/ui/data-table";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { ImplementationStatusBadge } from "@/components/ui/status-badge";
import { ActionStatusBadge } from "@/components/action-items/action-status-badge";
import { formatCount } from "@/lib/i18n/format-number";

const words = nl.letterCompare;

const ACTION_GROUP_ROWS = 50;

type Group = keyof typeof words.groups;

/** The value of ?alle= that shows a whole group. */
const groupParameter = (group: Group) => group.toLowerCase();

type Props = {
  comparison: LetterComparison;
  /** The group shown whole (?alle=); the others show their first rows. */
  expanded?: string;
  /** The page's address, to which ?alle= is added. */
  path: string;
};

export function LetterComparisonView({ comparison, expanded, path }: Props) {
  const { actions } = comparison;
  const common = { expanded, path };
  return (
    <>
      <section aria-labelledby="vergelijking-aanbevelingen" className="letter-compare__group">
        <h3 className="utrecht-heading-3" id="vergelijking-aanbevelingen">
          {words.recommendationsTitle}
        </h3>
        {comparison.recommendations.length === 0 ? (
          <p className="utrecht-paragraph">{words.noRecommendations}</p>
        ) : (
          <DataTable
            caption={words.recommendationsCaption}
            columns={[words.number, words.recommendation, words.statusThen, words.statusNow, words.change]}
          >
            {comparison.recommendations.map((recommendation) => (
              <tr key={recommendation.id}>
                <th scope="row">{recommendation.number}</th>
                <td>
                  {recommendation.title} {recommendation.illustrative && <IllustrativeMarker compact />}
                </td>
                <td>
                  <Status status={recommendation.then} />
                </td>
                <td>
                  <Status status={recommendation.now} />
                </td>
                <td>
                  <span
                    className={`letter-compare__change letter-compare__change--${recommendation.change.toLowerCase()}`}
                  >
                    {words.changes[recommendation.change]}
                  </span>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <h3 className="utrecht-heading-3">{words.actionsTitle}</h3>
      <ActionGroup
        group="NEW"
        {...common}
        actions={actions.new}
        extra={{ label: words.status, cell: (action) => <ActionStatusBadge status={action.status} /> }}
      />
      <ActionGroup
        group="FINISHED"
        {...common}
        actions={actions.finished}
        extra={{
          label: words.completedOn,
          cell: (action) => (action.completedOn ? formatCalendarDate(action.completedOn) : words.notInLetter),
        }}
      />
      <ActionGroup
        group="CANCELLED"
        {...common}
        actions={actions.cancelled}
        extra={{ label: words.cancelReason, cell: (action) => action.cancelReason ?? words.notInLetter }}
      />
      <ActionGroup
        group="MOVED"
        {...common}
        actions={actions.moved}
        dueColumn={false}
        extra={{
          label: `${words.oldDueDate} → ${words.newDueDate}`,
          cell: (action) => (
            <>
              <del className="letter-compare__old-date">{formatCalendarDate(action.from)}</del>
              {" → "}
              <ins className="letter-compare__new-date">{formatCalendarDate(action.to)}</ins>
            </>
          ),
        }}
      />
    </>
  );
}

function Status({ status }: { status: ImplementationStatus | null }) {
  if (!status) return <span>{words.notInLetter}</span>;
  return (
    <>
      <ImplementationStatusBadge status={status} /> <span className="meta">({nl.oecdGrade[toOecdGrade(status)]})</span>
    </>
  );
}

function ActionGroup<A extends ComparedAction>({
  group,
  actions,
  extra,
  dueColumn = true,
  expanded,
  path,
}: {
  group: Group;
  actions: A[];
  extra: { label: string; cell: (action: A) => ReactNode };
  dueColumn?: boolean;
  expanded?: string;
  path: string;
}) {
  const text = words.groups[group];
  const id = `vergelijking-${groupParameter(group)}`;
  const shown = expanded === groupParameter(group) ? actions : actions.slice(0, ACTION_GROUP_ROWS);
  return (
    <section aria-labelledby={id} className="letter-compare__group">
      <h4 className="utrecht-heading-4" id={id}>
        {text.title} <span className="meta">({words.count(actions.length)})</span>
      </h4>
      {actions.length === 0 ? (
        <p className="utrecht-paragraph">{text.none}</p>
      ) : (
        <DataTable
          caption={text.caption}
          columns={[
            words.action,
            words.recommendation,
            words.organisation,
            ...(dueColumn ? [words.dueDate] : []),
            extra.label,
          ]}
        >
          {shown.map((action) => (
            <tr key={action.id}>
              <th scope="row">
                {action.title} {action.illustrative && <IllustrativeMarker compact />}
              </th>
              <td>
                {action.recommendation.number}. {action.recommendation.title}
              </td>
              <td>{action.organisation}</td>
              {dueColumn && <td>{formatCalendarDate(action.dueDate)}</td>}
              <td>{extra.cell(action)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {shown.length < actions.length && (
        <p className="utrecht-paragraph">
          {words.shownOf(formatCount(shown.length), formatCount(actions.length))}{" "}
          <Link className="utrecht-link" href={`${path}?alle=${groupParameter(group)}#${id}`} prefetch={false}>
            {words.showAll(formatCount(actions.length), text.title.toLowerCase())}
          </Link>
        </p>
      )}
    </section>
  );
}
