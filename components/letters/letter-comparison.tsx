// "Wat is er veranderd": per recommendation the status then and now (in the app's words and
// on the OECD scale the letter uses), then the actions that are new, finished, cancelled or
// moved, each group a table with its caption, or one sentence when the group is empty. A group
// shows its first ACTION_GROUP_ROWS rows and a link to all of them (?alle=<group>): the first
// letter about a commitment lists every action as new, and a page carries its rows twice (as
// HTML and as RSC data; 500 rows were 520 kB per view).
import Link from "next/link";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import { formatCalendarDate } from "@/lib/calendar-date";
import { nl } from "@/lib/i18n/nl";
import { toOecdGrade } from "@/lib/recommendations/derive-implementation-status";
import type { ComparedAction, LetterComparison } from "@/lib/letters/compare-letter-snapshots";
import { DataTable } from "@/components/ui/data-table";
import { IMPLEMENTATION_STATUS_TONE } from "@/components/ui/status-badge";
import { ACTION_STATUS_TONE } from "@/components/action-items/action-status-badge";
import { toneLabels, type ToneLabels } from "@/components/ui/tone-badge";
import {
  ComparedRecommendationRows,
  type ComparedRecommendationLabels,
  type ComparedRecommendationRowData,
} from "@/components/letters/compared-recommendation-rows";
import {
  ComparedActionRows,
  type ComparedActionExtra,
  type ComparedActionRowData,
} from "@/components/letters/compared-action-rows";
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
            <ComparedRecommendationRows
              rows={comparison.recommendations.map((recommendation): ComparedRecommendationRowData => [
                recommendation.id,
                recommendation.number,
                recommendation.title,
                recommendation.illustrative,
                recommendation.then,
                recommendation.now,
                recommendation.change,
              ])}
              labels={recommendationLabels()}
            />
          </DataTable>
        )}
      </section>

      <h3 className="utrecht-heading-3">{words.actionsTitle}</h3>
      <ActionGroup
        group="NEW"
        {...common}
        actions={actions.new}
        extra={{ label: words.status, cell: (action) => action.status }}
        statuses={toneLabels(ACTION_STATUS_TONE, nl.actionStatus)}
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
          cell: (action) => [formatCalendarDate(action.from), formatCalendarDate(action.to)],
        }}
      />
    </>
  );
}

/** The words the recommendation rows share: status names and tones, OECD grades, changes. */
function recommendationLabels(): ComparedRecommendationLabels {
  const statuses = Object.keys(IMPLEMENTATION_STATUS_TONE) as ImplementationStatus[];
  return {
    illustrative: nl.app.illustrative,
    notInLetter: words.notInLetter,
    statuses: toneLabels(IMPLEMENTATION_STATUS_TONE, nl.implementationStatus),
    grades: Object.fromEntries(statuses.map((status) => [status, nl.oecdGrade[toOecdGrade(status)]])),
    changes: words.changes,
  };
}

function ActionGroup<A extends ComparedAction>({
  group,
  actions,
  extra,
  statuses,
  dueColumn = true,
  expanded,
  path,
}: {
  group: Group;
  actions: A[];
  extra: { label: string; cell: (action: A) => ComparedActionExtra };
  /** When the extra column is the action's status: its words and tones. */
  statuses?: ToneLabels;
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
          <ComparedActionRows
            rows={shown.map((action): ComparedActionRowData => [
              action.id,
              action.title,
              action.illustrative,
              `${action.recommendation.number}. ${action.recommendation.title}`,
              action.organisation,
              dueColumn ? formatCalendarDate(action.dueDate) : null,
              extra.cell(action),
            ])}
            labels={{ illustrative: nl.app.illustrative, statuses }}
          />
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
