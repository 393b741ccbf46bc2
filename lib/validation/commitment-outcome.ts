// "Status van de toezegging vastleggen": voldaan or deels voldaan with the sent document (one
// that is registered, or a new one registered in the same step), vervallen or open without.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import {
  choice,
  optionalCalendarDate,
  optionalChoice,
  optionalText,
  recordId,
  rowVersion,
} from "@/lib/validation/fields";
import { COMMITMENT_STATUSES } from "@/lib/validation/commitment";

const messages = nl.commitments.validation;

export const DOCUMENT_TYPES = ["LETTER", "PLAN_OF_ACTION", "EVALUATION_REPORT", "ANNUAL_REPORT"] as const;
/** The document select's value for "register a new document". */
export const NEW_DOCUMENT = "nieuw";

/** What a status needs: a document for (deels) voldaan, none for open or vervallen. */
export const STATUSES_WITH_DOCUMENT: readonly string[] = ["FULFILLED", "PARTLY_FULFILLED"];

const webAddress = optionalText(1000).refine(
  (value) => value === undefined || /^https?:\/\/[^\s]+$/i.test(value),
  messages.urlInvalid,
);

/** A sent document to register: a Kamerstuk has both dossier and number, or neither is known. */
export type NewParliamentaryDocumentInput = {
  type: (typeof DOCUMENT_TYPES)[number];
  dossier?: string;
  number?: string;
  date: string;
  title: string;
  url?: string;
  source: string;
};

export const RecordCommitmentOutcomeSchema = z
  .object({
    commitmentId: recordId,
    version: rowVersion,
    status: choice(COMMITMENT_STATUSES),
    documentId: optionalText(64),
    documentType: optionalChoice(DOCUMENT_TYPES),
    dossier: optionalText(40),
    number: optionalText(20),
    documentDate: optionalCalendarDate,
    documentTitle: optionalText(500),
    url: webAddress,
    documentSource: optionalText(1000),
  })
  .superRefine((value, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    const needsDocument = STATUSES_WITH_DOCUMENT.includes(value.status);
    if (!needsDocument) {
      if (value.documentId) issue("documentId", messages.documentNotAllowed);
      return;
    }
    if (!value.documentId) return issue("documentId", messages.documentRequired);
    if (value.documentId !== NEW_DOCUMENT) return;
    if (!value.documentType) issue("documentType", nl.forms.choiceInvalid);
    if (!value.documentDate) issue("documentDate", nl.forms.dateInvalid);
    if (!value.documentTitle) issue("documentTitle", nl.forms.textRequired(messages.docTitleLabel));
    if (!value.documentSource) issue("documentSource", nl.forms.textRequired(messages.docSourceLabel));
    if (Boolean(value.dossier) !== Boolean(value.number))
      issue(value.dossier ? "number" : "dossier", messages.numberWithoutDossier);
  })
  .transform(({ commitmentId, version, status, documentId, ...document }) => ({
    commitmentId,
    version,
    status,
    document:
      !STATUSES_WITH_DOCUMENT.includes(status) || !documentId
        ? ({ kind: "none" } as const)
        : documentId !== NEW_DOCUMENT
          ? ({ kind: "existing", id: documentId } as const)
          : ({
              kind: "new",
              document: {
                type: document.documentType!,
                dossier: document.dossier,
                number: document.number,
                date: document.documentDate!,
                title: document.documentTitle!,
                url: document.url,
                source: document.documentSource!,
              } satisfies NewParliamentaryDocumentInput,
            } as const),
  }));
export type RecordCommitmentOutcomeInput = z.infer<typeof RecordCommitmentOutcomeSchema>;
