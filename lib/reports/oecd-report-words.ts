// The OECD Working Group on Bribery follow-up report's own words, in British English: the
// content of the report, not the app's UI (which stays Dutch, lib/i18n/). The composer
// (compose-oecd-report.ts) takes every phrase from here.
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import type { OecdGrade } from "@/lib/recommendations/derive-implementation-status";

export const oecdReportWords = {
  documentTitle: "Written follow-up report",
  country: "The Netherlands",
  evaluation: "Evaluation by the OECD Working Group on Bribery",
  evaluationOf: (date: string) => `Evaluation by the OECD Working Group on Bribery of ${date}`,
  reportingDate: (date: string) => `Situation as of ${date}`,
  subject: "Written follow-up report of the Netherlands to the OECD Working Group on Bribery",
  illustrativeMarker: "[illustrative]",
  illustrativeNote:
    "This report holds illustrative data: recommendations, actions or progress written for the demonstration, not taken from the Working Group's report.",

  introductionHeading: "Introduction",
  introduction: (evaluationDate: string | null, asOf: string) =>
    `This report sets out the action the Netherlands has taken on the recommendations of the OECD Working Group on Bribery${evaluationDate ? ` in its evaluation of ${evaluationDate}` : ""}, as of ${asOf}. For each recommendation it gives the text of the recommendation, the action taken, the further action planned and the status on the Working Group's scale: fully implemented, partially implemented or not implemented.`,
  previousReport: (date: string) => `It brings up to date the written follow-up report of ${date}.`,
  tally: {
    none: "The evaluation holds no recommendations yet.",
    single: (grade: string) => `The one recommendation is ${grade}.`,
    allSame: (count: number, grade: string) => `All ${count} recommendations are ${grade}.`,
    mixed: (count: number, parts: string) => `Of the ${count} recommendations, ${parts}.`,
    part: (count: number, grade: string) => `${count} ${count === 1 ? "is" : "are"} ${grade}`,
  },

  recommendationHeading: (number: number, title: string) => `Recommendation ${number}: ${title}`,
  textLabel: "Text of the recommendation",
  actionTakenLabel: (date: string) => `Action taken as of ${date}`,
  furtherActionLabel: "Further action planned",
  statusLabel: (grade: string) => `Status: ${grade}`,
  noActions: "No action has been recorded yet.",
  actionLine: (title: string, organisation: string, state: string) => `${title} (${organisation}): ${state}.`,
  latestProgress: (date: string, text: string) => `Latest progress (${date}): ${text}`,
  actionState: {
    NOT_STARTED: "not yet started",
    IN_PROGRESS: "in progress",
    DELAYED: "delayed",
    DONE: "completed",
    CANCELLED: "cancelled",
  } satisfies Record<ActionStatus, string>,
  actionDone: (date: string | null) => (date ? `completed on ${date}` : "completed"),
  actionPercent: (state: string, percent: number) => `${state}, ${percent}% done`,
  actionCancelled: (reason: string | null) => (reason ? `cancelled (${reason})` : "cancelled"),
  nextStep: (title: string, organisation: string, term: string) => `${title} (${organisation}), ${term}.`,
  term: (date: string) => `due ${date}`,
  termPassed: (date: string) => `due ${date}, now overdue`,
  noFurtherAction: {
    noActions: "Actions are still to be agreed.",
    allDone: "None: every action has been completed.",
    allCancelled: "None: the actions agreed were cancelled.",
    noneOpen: "None.",
  },

  grade: { FULLY: "fully implemented", PARTIALLY: "partially implemented", NOT: "not implemented" } satisfies Record<
    OecdGrade,
    string
  >,
  derivedFrom: (reason: string) => `Derived from the actions: ${reason}.`,
  overriddenBy: (reason: string | null) =>
    reason ? `Set by the coordinator, with the reason: ${reason}` : "Set by the coordinator.",
  rule: {
    noActions: "no actions have been agreed yet",
    noCountingActions: "no actions remain that count",
    onlyActionNotStarted: "the only action has not yet started",
    noneStarted: (total: number) => `none of the ${total} actions has started`,
    onlyActionDone: "the only action has been completed",
    allDone: (total: number) => `all ${total} actions have been completed`,
    onlyActionDelayed: "the only action is delayed",
    someDelayed: (delayed: number, total: number) =>
      `${delayed} of the ${total} actions ${delayed === 1 ? "is" : "are"} delayed`,
    onlyActionInProgress: "the only action is in progress",
    someDone: (done: number, total: number) =>
      `${done} of the ${total} actions ${done === 1 ? "has" : "have"} been completed`,
    someInProgress: (started: number, total: number) =>
      `${started} of the ${total} actions ${started === 1 ? "is" : "are"} in progress`,
    cancelledNote: (count: number) => ` (${count} cancelled ${count === 1 ? "action does" : "actions do"} not count)`,
  },
} as const;
