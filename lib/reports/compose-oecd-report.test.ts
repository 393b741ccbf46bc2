// The OECD follow-up report's composer: the frame (title page, introduction, one section per
// recommendation with its four parts), the Working Group's status words with the rule or the
// coordinator's reason, English dates, and the Dutch standing in where English is missing.
import { describe, expect, it } from "vitest";
import { composeOecdReport, statusReason } from "@/lib/reports/compose-oecd-report";
import { englishDate, joinWithAnd } from "@/lib/reports/english-text";
import { LetterContentSchema, type LetterTextSection } from "@/lib/letters/letter-content";
import type { OecdAction, OecdRecommendation, OecdSnapshot } from "@/lib/reports/oecd-snapshot";

function action(overrides: Partial<OecdAction> = {}): OecdAction {
  return {
    id: "a1",
    title: "Risicokader opstellen",
    description: "Een kader.",
    titleEn: "Draw up a risk framework",
    descriptionEn: "A framework.",
    organisation: "FIN",
    status: "IN_PROGRESS",
    dueDate: "2023-09-30",
    completedOn: null,
    percentDone: 40,
    cancelReason: null,
    illustrative: false,
    latestProgress: { id: "p1", date: "2023-03-15", text: "Eerste opzet klaar.", textEn: "First draft ready." },
    ...overrides,
  };
}

function recommendation(overrides: Partial<OecdRecommendation> = {}): OecdRecommendation {
  return {
    id: "r1",
    evaluationId: "e1",
    number: 1,
    title: "Aansprakelijkheid",
    text: "Verduidelijk de aansprakelijkheid.",
    titleEn: "Liability of legal persons",
    textEn: "Clarify the liability of legal persons.",
    illustrative: false,
    leadOrganisation: "FIN",
    status: "IN_PROGRESS",
    statusOverridden: false,
    statusOverrideReason: null,
    actions: [action()],
    ...overrides,
  };
}

function snapshot(recommendations: OecdRecommendation[], overrides: Partial<OecdSnapshot> = {}): OecdSnapshot {
  return {
    schemaVersion: 1,
    kind: "OECD_WGB",
    peildatum: "2023-04-03",
    evaluation: { id: "e1", title: "Fase 4-evaluatie", evaluator: "OESO-werkgroep omkoping", reportDate: "2020-11-05" },
    previousReport: null,
    recommendations,
    ...overrides,
  };
}

const sectionOf = (content: ReturnType<typeof composeOecdReport>, key: string) =>
  content.sections.find((section) => section.key === key) as LetterTextSection;

describe("English text helpers", () => {
  it("writes dates the British way and joins lists with 'and'", () => {
    expect(englishDate("2020-11-05")).toBe("5 November 2020");
    expect(englishDate("2023-04-03")).toBe("3 April 2023");
    expect(englishDate("2024-12-31")).toBe("31 December 2024");
    expect(joinWithAnd(["A"])).toBe("A");
    expect(joinWithAnd(["A", "B", "C"])).toBe("A, B and C");
  });
});

describe("composeOecdReport", () => {
  it("gives the frame: a title page with the country, the evaluation and its date, and the reporting date", () => {
    const content = composeOecdReport(snapshot([recommendation()]));
    expect(LetterContentSchema.parse(content)).toEqual(content);
    expect(content.kind).toBe("OECD_WGB");
    expect(content.titlePage).toEqual({
      title: "Written follow-up report",
      country: "The Netherlands",
      evaluation: "Evaluation by the OECD Working Group on Bribery",
      evaluationDate: "2020-11-05",
      reportingDate: "2023-04-03",
    });
    expect(content.letterhead.date).toBe("2023-04-03");
    expect(content.salutation).toBe("");
    expect(content.signatories).toEqual([]);
    expect(content.sections.map((section) => section.key)).toEqual(["aanleiding", "aanbeveling-r1"]);
    const introduction = sectionOf(content, "aanleiding");
    expect(introduction.heading).toBe("Introduction");
    expect(introduction.body).toContain("in its evaluation of 5 November 2020, as of 3 April 2023");
    expect(introduction.body).toContain("The one recommendation is partially implemented.");
  });

  it("writes each recommendation's four parts in English, with the status word and the rule behind it", () => {
    const section = sectionOf(composeOecdReport(snapshot([recommendation()])), "aanbeveling-r1");
    expect(section.heading).toBe("Recommendation 1: Liability of legal persons");
    expect(section.body.split("\n\n")).toEqual([
      "**Text of the recommendation**",
      "Clarify the liability of legal persons.",
      "**Action taken as of 3 April 2023**",
      "- Draw up a risk framework (FIN): in progress, 40% done. Latest progress (15 March 2023): First draft ready.",
      "**Further action planned**",
      "- Draw up a risk framework (FIN), due 30 September 2023.",
      "**Status: partially implemented**",
      "Derived from the actions: the only action is in progress.",
    ]);
  });

  it("grades fully, partially and not implemented, and tallies them in the introduction", () => {
    const content = composeOecdReport(
      snapshot([
        recommendation({
          id: "r1",
          status: "IMPLEMENTED",
          actions: [action({ status: "DONE", completedOn: "2023-02-01", percentDone: 100 })],
        }),
        recommendation({ id: "r2", number: 2, status: "IN_PROGRESS" }),
        recommendation({ id: "r3", number: 3, status: "NOT_STARTED", actions: [] }),
      ]),
    );
    expect(sectionOf(content, "aanleiding").body).toContain(
      "Of the 3 recommendations, 1 is fully implemented, 1 is partially implemented and 1 is not implemented.",
    );
    expect(sectionOf(content, "aanbeveling-r1").body).toContain("**Status: fully implemented**");
    expect(sectionOf(content, "aanbeveling-r1").body).toContain("completed on 1 February 2023");
    expect(sectionOf(content, "aanbeveling-r1").body).toContain("None: every action has been completed.");
    expect(sectionOf(content, "aanbeveling-r3").body).toContain("**Status: not implemented**");
    expect(sectionOf(content, "aanbeveling-r3").body).toContain("No action has been recorded yet.");
    expect(sectionOf(content, "aanbeveling-r3").body).toContain(
      "Derived from the actions: no actions have been agreed yet.",
    );
  });

  it("gives the coordinator's reason when the status was set by hand", () => {
    const overridden = recommendation({
      status: "IMPLEMENTED",
      statusOverridden: true,
      statusOverrideReason: "The law entered into force",
    });
    expect(statusReason(overridden)).toBe("Set by the coordinator, with the reason: The law entered into force.");
    expect(sectionOf(composeOecdReport(snapshot([overridden])), "aanbeveling-r1").body).toContain(
      "**Status: fully implemented**",
    );
  });

  it("lets the Dutch stand in where the English is missing, and never translates", () => {
    const section = sectionOf(
      composeOecdReport(
        snapshot([
          recommendation({
            titleEn: null,
            textEn: "",
            actions: [
              action({
                titleEn: null,
                latestProgress: { id: "p1", date: "2023-03-15", text: "Opzet klaar.", textEn: null },
              }),
            ],
          }),
        ]),
      ),
      "aanbeveling-r1",
    );
    expect(section.heading).toBe("Recommendation 1: Aansprakelijkheid");
    expect(section.body).toContain("Verduidelijk de aansprakelijkheid.");
    expect(section.body).toContain("Risicokader opstellen (FIN)");
    expect(section.body).toContain("Latest progress (15 March 2023): Opzet klaar.");
  });

  it("names the previous report, marks illustrative data and says when a deadline has passed", () => {
    const content = composeOecdReport(
      snapshot([recommendation({ illustrative: true, actions: [action({ dueDate: "2023-03-01" })] })], {
        previousReport: { letterDraftId: "old", sentOn: "2022-10-12" },
      }),
    );
    expect(content.containsIllustrativeData).toBe(true);
    expect(sectionOf(content, "aanleiding").body).toContain("written follow-up report of 12 October 2022");
    const section = sectionOf(content, "aanbeveling-r1");
    expect(section.heading).toBe("Recommendation 1: Liability of legal persons [illustrative]");
    expect(section.body).toContain("due 1 March 2023, now overdue");
  });

  it("is deterministic: the same snapshot gives the same report", () => {
    const data = snapshot([recommendation(), recommendation({ id: "r2", number: 2 })]);
    expect(composeOecdReport(data)).toEqual(composeOecdReport(structuredClone(data)));
  });
});
