// The kinds of report the letter engine writes (decision 041), one small table: per kind its
// language, what it reports on (a commitment or an evaluation), which evaluations it may
// report on, and the language tags of its Word and PDF output. Everything else of the engine
// (snapshot, versions, remarks, workflow, "Wat is er veranderd", downloads) is shared.
import type { ReportKind } from "@/lib/generated/prisma/enums.ts";

export type ReportLanguage = "nl" | "en";

export type ReportKindDefinition = {
  kind: ReportKind;
  language: ReportLanguage;
  /** The `lang` of the PDF's html element. */
  htmlLang: "nl" | "en-GB";
  /** The proofing language of the Word document. */
  docxLanguage: "nl-NL" | "en-GB";
  /** What one report is about: a promise to the Kamer, or an evaluation as a whole. */
  subject: "commitment" | "evaluation";
  /** The tab under /rapportages. */
  slug: string;
  /** Whether Vaststellen waits for the English texts (or the coordinator's acceptance of the Dutch). */
  requiresEnglish: boolean;
  /** For an evaluation report: the evaluations it may report on. */
  mayReportOn: (evaluation: { evaluator: string }) => boolean;
};

// The Working Group on Bribery's follow-up is about its own evaluations: the evaluator says
// whose it is, in Dutch or in English.
const WORKING_GROUP = /\b(OESO|OECD)\b|Working Group on Bribery/i;

export const REPORT_KINDS: Record<ReportKind, ReportKindDefinition> = {
  KAMERBRIEF: {
    kind: "KAMERBRIEF",
    language: "nl",
    htmlLang: "nl",
    docxLanguage: "nl-NL",
    subject: "commitment",
    slug: "kamerbrieven",
    requiresEnglish: false,
    mayReportOn: () => false,
  },
  OECD_WGB: {
    kind: "OECD_WGB",
    language: "en",
    htmlLang: "en-GB",
    docxLanguage: "en-GB",
    subject: "evaluation",
    slug: "oeso",
    requiresEnglish: true,
    mayReportOn: (evaluation) => WORKING_GROUP.test(evaluation.evaluator),
  },
};

export const REPORT_KIND_ORDER: readonly ReportKind[] = ["KAMERBRIEF", "OECD_WGB"];

export function reportKind(kind: ReportKind): ReportKindDefinition {
  return REPORT_KINDS[kind];
}

/** The kind whose tab has this slug; the Kamerbrief for anything unknown. */
export function reportKindBySlug(slug: string | undefined): ReportKindDefinition {
  return REPORT_KIND_ORDER.map(reportKind).find((definition) => definition.slug === slug) ?? REPORT_KINDS.KAMERBRIEF;
}
