// The composer: a Kamerbrief's text from a snapshot (letter-snapshot.ts), in the form of a
// letter from a minister to the Tweede Kamer (docs/domain.md, "The Kamerbrief draft"; phrasing after
// Kamerstuk 29 911, nr. 354). Pure and deterministic: no I/O, no clock, no randomness, so a
// stored snapshot gives the same letter every time. Every phrase is in nl.letterText; every
// piece of user text goes through dutch-text.ts's inlineUserText (one line, no markup).
import { nl } from "@/lib/i18n/nl";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import type { CalendarDate } from "@/lib/calendar-date";
import { toOecdGrade, type OecdGrade } from "@/lib/recommendations/derive-implementation-status";
import {
  LetterContentSchema,
  SUMMARY_TABLE_COLUMNS,
  type LetterContent,
  type LetterSection,
} from "@/lib/letters/letter-content";
import type { LetterSnapshot, SnapshotAction, SnapshotRecommendation } from "@/lib/letters/letter-snapshot";
import {
  capitalise,
  countOf,
  dutchDate,
  inlineUserText,
  inSentence,
  joinWithEn,
  kamerstukCitation,
  plainUserText,
  sentence,
} from "@/lib/letters/dutch-text";

export type Signatory = { title: string; name: string };

export type ComposeOptions = {
  /** The letter's date; the peildatum when not given. */
  letterDate?: CalendarDate;
  /** Ons kenmerk; empty until the ministry gives one. */
  reference?: string;
  /** Title and name per signatory; from the commitment's responsible minister when not given. */
  signatories?: Signatory[];
};

const words = nl.letterText;
const OPEN_STATUSES: readonly ActionStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DELAYED"];
/** The order in which action states are counted in a sentence. */
const STATE_ORDER: readonly ActionStatus[] = ["DONE", "IN_PROGRESS", "DELAYED", "NOT_STARTED", "CANCELLED"];
const GRADE_ORDER: readonly OecdGrade[] = ["FULLY", "PARTIALLY", "NOT"];

export function composeLetter(snapshot: LetterSnapshot, options: ComposeOptions = {}): LetterContent {
  const numbers = recommendationNumbers(snapshot);
  const ministers = splitMinisters(snapshot.commitment.responsibleMinister);
  const illustrative =
    snapshot.commitment.illustrative ||
    snapshot.recommendations.some(
      (recommendation) => recommendation.illustrative || recommendation.actions.some((action) => action.illustrative),
    );

  const sections: LetterSection[] = [
    {
      key: "aanleiding",
      kind: "text",
      heading: words.introductionHeading,
      body: introduction(snapshot, ministers.slice(1), illustrative),
    },
    ...snapshot.recommendations.map((recommendation) =>
      recommendationSection(recommendation, numbers.get(recommendation.id)!, snapshot.peildatum),
    ),
    {
      key: "samenvatting",
      kind: "table",
      heading: words.summaryHeading,
      columns: [...SUMMARY_TABLE_COLUMNS],
      rows: snapshot.recommendations.map((recommendation) =>
        summaryRow(recommendation, numbers.get(recommendation.id)!, snapshot.peildatum),
      ),
    },
    { key: "afsluiting", kind: "text", heading: null, body: closing(snapshot) },
  ];

  return LetterContentSchema.parse({
    schemaVersion: 1,
    letterhead: {
      date: options.letterDate ?? snapshot.peildatum,
      subject: subject(snapshot),
      reference: options.reference ?? "",
    },
    salutation: words.salutation,
    sections,
    signOff: words.signOff,
    signatories: options.signatories ?? ministers.map((title) => ({ title: capitalise(title), name: "" })),
    containsIllustrativeData: illustrative,
  });
}

// ---------------------------------------------------------------- letterhead and signatories

function subject(snapshot: LetterSnapshot): string {
  const evaluations = snapshot.evaluations.filter((evaluation) =>
    snapshot.recommendations.some((recommendation) => recommendation.evaluationId === evaluation.id),
  );
  if (evaluations.length === 1) return words.subject.one(inSentence(plainUserText(evaluations[0]!.title)));
  if (evaluations.length > 1) return words.subject.many(evaluations.length);
  return words.subject.none;
}

/** "Staatssecretaris van Financiën, mede namens de minister voor BHO" → ["de staatssecretaris van Financiën", "de minister voor BHO"]. */
export function splitMinisters(responsibleMinister: string): string[] {
  return plainUserText(responsibleMinister)
    .split(words.onBehalfOf)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/^de\s/i.test(part) ? `de ${part.slice(3)}` : `de ${inSentence(part)}`));
}

/** "1", "2", …; "1.3" (evaluation 1, recommendation 3) when the letter covers more than one evaluation. */
function recommendationNumbers(snapshot: LetterSnapshot): Map<string, string> {
  const evaluationIds = [...new Set(snapshot.recommendations.map((recommendation) => recommendation.evaluationId))];
  const order = new Map(evaluationIds.map((id, index) => [id, index + 1]));
  return new Map(
    snapshot.recommendations.map((recommendation) => [
      recommendation.id,
      evaluationIds.length > 1
        ? `${order.get(recommendation.evaluationId)}.${recommendation.number}`
        : String(recommendation.number),
    ]),
  );
}

// ---------------------------------------------------------------- Aanleiding

function introduction(snapshot: LetterSnapshot, onBehalfOf: string[], illustrative: boolean): string {
  const paragraphs: string[] = [];
  const covered = snapshot.evaluations.filter((evaluation) =>
    snapshot.recommendations.some((recommendation) => recommendation.evaluationId === evaluation.id),
  );
  for (const evaluation of covered) {
    const title = inlineUserText(inSentence(evaluation.title));
    const evaluator = inlineUserText(evaluation.evaluator);
    if (evaluation.sentToParliamentOn) {
      const citation = evaluation.document ? kamerstukCitation(evaluation.document) : null;
      paragraphs.push(words.evaluationSent(dutchDate(evaluation.sentToParliamentOn), title, evaluator, citation));
    } else if (evaluation.reportDate) {
      paragraphs.push(words.evaluationPublished(dutchDate(evaluation.reportDate), title, evaluator));
    } else {
      paragraphs.push(words.evaluationUndated(title, evaluator));
    }
  }
  const plan = snapshot.planOfAction;
  if (plan) {
    // "Plan van aanpak voor de versterking …" → "het plan van aanpak voor de versterking …"
    const rest = plainUserText(plan.title)
      .replace(/^plan van aanpak/i, "")
      .trim();
    const tail =
      rest === plainUserText(plan.title) ? ` ‘${inlineUserText(plan.title)}’` : rest ? ` ${inlineUserText(rest)}` : "";
    paragraphs.push(words.planOfAction(dutchDate(plan.date), tail, kamerstukCitation(plan)));
  }
  const previous = snapshot.previousLetter;
  if (previous) {
    paragraphs.push(
      words.previousLetter(
        dutchDate(previous.document.date),
        kamerstukCitation(previous.document) ?? inlineUserText(previous.document.title),
      ),
    );
  }
  const commitment = snapshot.commitment;
  paragraphs.push(
    [
      words.promised(promisedWhere(snapshot), onBehalfOf.length > 0 ? inlineUserText(joinWithEn(onBehalfOf)) : null),
      words.commitmentWording(inlineUserText(commitment.originalWording)),
    ].join(" "),
  );
  paragraphs.push([words.scope(dutchDate(snapshot.peildatum)), gradeTally(snapshot.recommendations)].join(" "));
  if (illustrative) paragraphs.push(`**${words.illustrativeMarker}** ${words.illustrativeIntroduction}`);
  return paragraphs.join("\n\n");
}

function promisedWhere(snapshot: LetterSnapshot): string {
  const { origin, originDocument } = snapshot.commitment;
  if (origin === "DEBATE" || !originDocument) return words.promisedIn.debate;
  if (snapshot.planOfAction && originDocument.id === snapshot.planOfAction.id) return words.promisedIn.planOfAction;
  const citation = kamerstukCitation(originDocument);
  return citation ? words.promisedIn.document(citation) : words.promisedIn.letterOf(dutchDate(originDocument.date));
}

/** "Van de 8 aanbevelingen is er 1 volledig geïmplementeerd, zijn er 6 gedeeltelijk geïmplementeerd en is er 1 niet geïmplementeerd." */
function gradeTally(recommendations: readonly SnapshotRecommendation[]): string {
  if (recommendations.length === 0) return words.tally.none;
  const counts = new Map<OecdGrade, number>();
  for (const recommendation of recommendations) {
    const grade = toOecdGrade(recommendation.status);
    counts.set(grade, (counts.get(grade) ?? 0) + 1);
  }
  const present = GRADE_ORDER.filter((grade) => counts.has(grade));
  if (recommendations.length === 1) return words.tally.single(nl.oecdGrade[present[0]!]);
  if (present.length === 1) return words.tally.allSame(recommendations.length, nl.oecdGrade[present[0]!]);
  const total = countOf(recommendations.length, words.recommendationCount.singular, words.recommendationCount.plural);
  return words.tally.mixed(
    total,
    joinWithEn(present.map((grade) => words.tally.part(counts.get(grade)!, nl.oecdGrade[grade]))),
  );
}

// ---------------------------------------------------------------- per aanbeveling

function recommendationSection(
  recommendation: SnapshotRecommendation,
  number: string,
  peildatum: CalendarDate,
): LetterSection {
  const marker = recommendation.illustrative ? ` ${words.illustrativeMarker}` : "";
  const paragraphs: string[] = [];
  if (recommendation.illustrative)
    paragraphs.push(`**${words.illustrativeMarker}** ${words.illustrativeRecommendation}`);
  paragraphs.push(words.recommendationText(sentence(inlineUserText(recommendation.text))));
  const grade = nl.oecdGrade[toOecdGrade(recommendation.status)];
  paragraphs.push(
    `**${words.statusLabel}** ${grade}; ${words.statusLine[recommendation.status]}.${recommendation.statusOverridden ? ` ${words.statusOverridden}` : ""}`,
  );
  const responsible = responsibleOrganisations(recommendation).map((code) => words.organisationNames[code] ?? code);
  paragraphs.push(`**${words.responsibleLabel}** ${inlineUserText(joinWithEn(responsible))}.`);

  const actions = recommendation.actions;
  paragraphs.push(`**${words.progressLabel}** ${actions.length === 0 ? words.noActions : actionTally(actions)}`);
  if (actions.length > 0)
    paragraphs.push(actions.map((action) => `- ${actionLine(action, recommendation.illustrative)}`).join("\n"));

  const open = openActions(actions);
  if (open.length > 0) {
    paragraphs.push(`**${words.nextStepsLabel}**`);
    paragraphs.push(
      open
        .map(
          (action) =>
            `- ${words.nextStep(inlineUserText(action.title) + actionMarker(action, recommendation.illustrative), action.organisation, term(action, peildatum))}`,
        )
        .join("\n"),
    );
  } else {
    paragraphs.push(`**${words.nextStepsLabel}** ${words.noNextSteps[noNextStepsReason(actions)]}`);
  }

  return {
    key: `aanbeveling-${recommendation.id}`,
    kind: "text",
    heading: words.recommendationHeading(number, plainUserText(recommendation.title)) + marker,
    body: paragraphs.join("\n\n"),
  };
}

/** The lead organisation first, then the other organisations with an action that still counts, by code. */
function responsibleOrganisations(recommendation: SnapshotRecommendation): string[] {
  const others = new Set(
    recommendation.actions.filter((action) => action.status !== "CANCELLED").map((action) => action.organisation),
  );
  others.delete(recommendation.leadOrganisation);
  return [recommendation.leadOrganisation, ...[...others].sort()];
}

function openActions(actions: readonly SnapshotAction[]): SnapshotAction[] {
  return actions
    .filter((action) => OPEN_STATUSES.includes(action.status))
    .sort(
      (a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, "nl") || a.id.localeCompare(b.id),
    );
}

function noNextStepsReason(actions: readonly SnapshotAction[]): keyof typeof words.noNextSteps {
  if (actions.length === 0) return "noActions";
  if (actions.every((action) => action.status === "DONE")) return "allDone";
  if (actions.every((action) => action.status === "CANCELLED")) return "allCancelled";
  return "noneOpen";
}

function stateCounts(actions: readonly SnapshotAction[]): [ActionStatus, number][] {
  return STATE_ORDER.map(
    (status) => [status, actions.filter((action) => action.status === status).length] as [ActionStatus, number],
  ).filter(([, count]) => count > 0);
}

/** "Er zijn 3 acties afgesproken: 1 is afgerond, 1 is in uitvoering en 1 is nog niet gestart." */
function actionTally(actions: readonly SnapshotAction[]): string {
  const counts = stateCounts(actions);
  if (counts.length === 1) {
    const state = words.actionState[counts[0]![0]];
    if (actions.length === 1) return words.actionsOne(state);
    if (actions.length === 2) return words.actionsBoth(state);
    return words.actionsAll(actions.length, state);
  }
  return words.actionsMixed(
    actions.length,
    joinWithEn(counts.map(([status, count]) => words.actionsPart(count, words.actionState[status]))),
  );
}

function actionLine(action: SnapshotAction, recommendationIllustrative: boolean): string {
  const line = words.actionLine(
    inlineUserText(action.title) + actionMarker(action, recommendationIllustrative),
    action.organisation,
    actionState(action),
  );
  const progress = action.latestProgress
    ? ` ${words.latestProgress(dutchDate(action.latestProgress.date), sentence(inlineUserText(action.latestProgress.text)))}`
    : "";
  return line + progress;
}

/** An illustrative action under a recommendation that is not marked itself. */
function actionMarker(action: SnapshotAction, recommendationIllustrative: boolean): string {
  return action.illustrative && !recommendationIllustrative ? ` ${words.illustrativeMarker}` : "";
}

function actionState(action: SnapshotAction): string {
  switch (action.status) {
    case "DONE":
      return words.actionDone(action.completedOn ? dutchDate(action.completedOn) : null);
    case "IN_PROGRESS":
    case "DELAYED":
      return words.actionPercent(words.actionState[action.status], action.percentDone);
    case "CANCELLED":
      return words.actionCancelled(action.cancelReason ? inlineUserText(action.cancelReason).replace(/\.$/, "") : null);
    default:
      return words.actionState[action.status];
  }
}

function term(action: SnapshotAction, peildatum: CalendarDate): string {
  return action.dueDate < peildatum
    ? words.termPassed(dutchDate(action.dueDate))
    : words.term(dutchDate(action.dueDate));
}

// ---------------------------------------------------------------- summary table

function summaryRow(recommendation: SnapshotRecommendation, number: string, peildatum: CalendarDate): string[] {
  const actions = recommendation.actions;
  const progress =
    actions.length === 0
      ? words.summaryNoActions
      : words.summaryProgress(
          countOf(actions.length, words.actionCount.singular, words.actionCount.plural),
          joinWithEn(
            stateCounts(actions).map(([status, count]) => words.summaryStatePart(count, words.actionState[status])),
          ),
        );
  const open = openActions(actions);
  const [first, ...more] = open;
  const nextStep = first
    ? more.length > 0
      ? words.summaryMoreSteps(
          words.summaryNextStep(plainUserText(first.title), term(first, peildatum)),
          countOf(more.length, words.actionCount.singular, words.actionCount.plural),
        )
      : words.summaryNextStep(plainUserText(first.title), term(first, peildatum))
    : words.summaryNoNextSteps[noNextStepsReason(actions)];
  return [
    number,
    plainUserText(recommendation.title) + (recommendation.illustrative ? ` ${words.illustrativeMarker}` : ""),
    joinWithEn(responsibleOrganisations(recommendation)),
    progress,
    nl.oecdGrade[toOecdGrade(recommendation.status)],
    nextStep,
  ];
}

// ---------------------------------------------------------------- Afsluiting

function closing(snapshot: LetterSnapshot): string {
  const all = snapshot.recommendations;
  if (all.length > 0 && all.every((recommendation) => recommendation.status === "IMPLEMENTED"))
    return words.closingAllImplemented;
  return words.closing;
}
