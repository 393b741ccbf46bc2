// The composer of the OECD Working Group on Bribery's written follow-up report, in English,
// from a snapshot (oecd-snapshot.ts): a title page (the country, the evaluation and its date,
// the reporting date), an introduction, and per recommendation "Text of the recommendation",
// "Action taken as of <date>", "Further action planned" and "Status: fully / partially / not
// implemented" with the rule or the coordinator's reason behind it. Pure and deterministic,
// as the Kamerbrief's composer is. Where an English text is missing the Dutch one stands in
// (never a machine translation); Vaststellen waits until it is entered or accepted
// (list-missing-english.ts).
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import type { CalendarDate } from "@/lib/calendar-date";
import {
  countActionStatuses,
  countingActions,
  deriveImplementationStatusFromCounts,
  toOecdGrade,
  type OecdGrade,
} from "@/lib/recommendations/derive-implementation-status";
import { LetterContentSchema, type LetterContent, type LetterSection } from "@/lib/letters/letter-content";
import { inlineUserText, plainUserText, sentence } from "@/lib/letters/dutch-text";
import { englishDate, joinWithAnd } from "@/lib/reports/english-text";
import { oecdReportWords as words } from "@/lib/reports/oecd-report-words";
import type { OecdAction, OecdRecommendation, OecdSnapshot } from "@/lib/reports/oecd-snapshot";

const OPEN_STATUSES: readonly ActionStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DELAYED"];
const GRADE_ORDER: readonly OecdGrade[] = ["FULLY", "PARTIALLY", "NOT"];

export type ComposeOecdOptions = {
  /** The reporting date; the peildatum when not given. */
  reportDate?: CalendarDate;
  /** The report's own reference; empty until the ministry gives one. */
  reference?: string;
};

export function composeOecdReport(snapshot: OecdSnapshot, options: ComposeOecdOptions = {}): LetterContent {
  const illustrative = snapshot.recommendations.some(
    (recommendation) => recommendation.illustrative || recommendation.actions.some((action) => action.illustrative),
  );
  const asOf = englishDate(snapshot.peildatum);
  const sections: LetterSection[] = [
    { key: "aanleiding", kind: "text", heading: words.introductionHeading, body: introduction(snapshot, illustrative) },
    ...snapshot.recommendations.map((recommendation) =>
      recommendationSection(recommendation, snapshot.peildatum, asOf),
    ),
  ];
  const reportingDate = options.reportDate ?? snapshot.peildatum;
  return LetterContentSchema.parse({
    schemaVersion: 1,
    kind: "OECD_WGB",
    titlePage: {
      title: words.documentTitle,
      country: words.country,
      evaluation: words.evaluation,
      evaluationDate: snapshot.evaluation.reportDate,
      reportingDate,
    },
    letterhead: { date: reportingDate, subject: words.subject, reference: options.reference ?? "" },
    salutation: "",
    sections,
    signOff: "",
    signatories: [],
    containsIllustrativeData: illustrative,
  } satisfies LetterContent);
}

// ---------------------------------------------------------------- introduction

function introduction(snapshot: OecdSnapshot, illustrative: boolean): string {
  const evaluationDate = snapshot.evaluation.reportDate ? englishDate(snapshot.evaluation.reportDate) : null;
  const paragraphs = [words.introduction(evaluationDate, englishDate(snapshot.peildatum))];
  if (snapshot.previousReport) paragraphs.push(words.previousReport(englishDate(snapshot.previousReport.sentOn)));
  paragraphs.push(gradeTally(snapshot.recommendations));
  if (illustrative) paragraphs.push(`**${words.illustrativeMarker}** ${words.illustrativeNote}`);
  return paragraphs.join("\n\n");
}

/** "Of the 8 recommendations, 1 is fully implemented, 6 are partially implemented and 1 is not implemented." */
function gradeTally(recommendations: readonly OecdRecommendation[]): string {
  if (recommendations.length === 0) return words.tally.none;
  const counts = new Map<OecdGrade, number>();
  for (const recommendation of recommendations) {
    const grade = toOecdGrade(recommendation.status);
    counts.set(grade, (counts.get(grade) ?? 0) + 1);
  }
  const present = GRADE_ORDER.filter((grade) => counts.has(grade));
  if (recommendations.length === 1) return words.tally.single(words.grade[present[0]!]);
  if (present.length === 1) return words.tally.allSame(recommendations.length, words.grade[present[0]!]);
  return words.tally.mixed(
    recommendations.length,
    joinWithAnd(present.map((grade) => words.tally.part(counts.get(grade)!, words.grade[grade]))),
  );
}

// ---------------------------------------------------------------- per recommendation

/** The English text, or the Dutch where none is given (the missing-English list names it). */
function english(en: string | null, nl: string): string {
  return en && en.trim() !== "" ? en : nl;
}

function recommendationSection(
  recommendation: OecdRecommendation,
  peildatum: CalendarDate,
  asOf: string,
): LetterSection {
  const marker = recommendation.illustrative ? ` ${words.illustrativeMarker}` : "";
  const actions = recommendation.actions;
  const paragraphs: string[] = [];
  if (recommendation.illustrative) paragraphs.push(`**${words.illustrativeMarker}** ${words.illustrativeNote}`);

  paragraphs.push(`**${words.textLabel}**`);
  paragraphs.push(inlineUserText(english(recommendation.textEn, recommendation.text)));

  paragraphs.push(`**${words.actionTakenLabel(asOf)}**`);
  const taken = actions.filter((action) => action.status !== "NOT_STARTED");
  paragraphs.push(
    taken.length === 0
      ? words.noActions
      : taken.map((action) => `- ${actionLine(action, recommendation.illustrative)}`).join("\n"),
  );

  paragraphs.push(`**${words.furtherActionLabel}**`);
  const open = openActions(actions);
  paragraphs.push(
    open.length === 0
      ? words.noFurtherAction[noFurtherActionReason(actions)]
      : open
          .map(
            (action) =>
              `- ${words.nextStep(actionTitle(action, recommendation.illustrative), action.organisation, term(action, peildatum))}`,
          )
          .join("\n"),
  );

  const grade = words.grade[toOecdGrade(recommendation.status)];
  paragraphs.push(`**${words.statusLabel(grade)}**`);
  paragraphs.push(statusReason(recommendation));

  return {
    key: `aanbeveling-${recommendation.id}`,
    kind: "text",
    heading:
      words.recommendationHeading(
        recommendation.number,
        plainUserText(english(recommendation.titleEn, recommendation.title)),
      ) + marker,
    body: paragraphs.join("\n\n"),
  };
}

/** The rule that derived the status, in English; or the coordinator's reason when set by hand. */
export function statusReason(recommendation: OecdRecommendation): string {
  if (recommendation.statusOverridden)
    return words.overriddenBy(
      recommendation.statusOverrideReason ? sentence(inlineUserText(recommendation.statusOverrideReason)) : null,
    );
  const counts = countActionStatuses(recommendation.actions.map((action) => action.status));
  const total = countingActions(counts);
  const rule = words.rule;
  let reason: string;
  switch (deriveImplementationStatusFromCounts(counts)) {
    case "NOT_STARTED":
      reason =
        total === 0
          ? counts.CANCELLED > 0
            ? rule.noCountingActions
            : rule.noActions
          : total === 1
            ? rule.onlyActionNotStarted
            : rule.noneStarted(total);
      break;
    case "IMPLEMENTED":
      reason = total === 1 ? rule.onlyActionDone : rule.allDone(total);
      break;
    case "DELAYED":
      reason = total === 1 ? rule.onlyActionDelayed : rule.someDelayed(counts.DELAYED, total);
      break;
    case "IN_PROGRESS":
      reason =
        total === 1
          ? rule.onlyActionInProgress
          : counts.DONE > 0
            ? rule.someDone(counts.DONE, total)
            : rule.someInProgress(counts.IN_PROGRESS, total);
      break;
  }
  return words.derivedFrom(reason + (counts.CANCELLED > 0 ? rule.cancelledNote(counts.CANCELLED) : ""));
}

function actionTitle(action: OecdAction, recommendationIllustrative: boolean): string {
  const marker = action.illustrative && !recommendationIllustrative ? ` ${words.illustrativeMarker}` : "";
  return inlineUserText(english(action.titleEn, action.title)) + marker;
}

function actionLine(action: OecdAction, recommendationIllustrative: boolean): string {
  const line = words.actionLine(
    actionTitle(action, recommendationIllustrative),
    action.organisation,
    actionState(action),
  );
  const progress = action.latestProgress
    ? ` ${words.latestProgress(
        englishDate(action.latestProgress.date),
        sentence(inlineUserText(english(action.latestProgress.textEn, action.latestProgress.text))),
      )}`
    : "";
  return line + progress;
}

function actionState(action: OecdAction): string {
  switch (action.status) {
    case "DONE":
      return words.actionDone(action.completedOn ? englishDate(action.completedOn) : null);
    case "IN_PROGRESS":
    case "DELAYED":
      return words.actionPercent(words.actionState[action.status], action.percentDone);
    case "CANCELLED":
      return words.actionCancelled(action.cancelReason ? inlineUserText(action.cancelReason).replace(/\.$/, "") : null);
    default:
      return words.actionState[action.status];
  }
}

function openActions(actions: readonly OecdAction[]): OecdAction[] {
  return actions
    .filter((action) => OPEN_STATUSES.includes(action.status))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
}

function noFurtherActionReason(actions: readonly OecdAction[]): keyof typeof words.noFurtherAction {
  if (actions.length === 0) return "noActions";
  if (actions.every((action) => action.status === "DONE")) return "allDone";
  if (actions.every((action) => action.status === "CANCELLED")) return "allCancelled";
  return "noneOpen";
}

function term(action: OecdAction, peildatum: CalendarDate): string {
  return action.dueDate < peildatum
    ? words.termPassed(englishDate(action.dueDate))
    : words.term(englishDate(action.dueDate));
}
