// The preview of an import, and the list of changes Importeren will make: every row parsed
// (lib/validation/import-row.ts), then checked against the database as the forms' domain
// functions would check it: a known evaluation and organisations, an active contact person
// of the owning organisation, one set of recommendation details per number, each reference
// once, a deadline that may move, a status the workflow can reach. Each row is then new,
// changed (which columns) or unchanged, matched on evaluation + recommendation number +
// action reference. Five statements whatever the file's size.
import "server-only";
import type { Tx } from "@/lib/db-transaction";
import type { ActionStatus, CabinetResponse } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/nl";
import { toCalendarDate, type CalendarDate } from "@/lib/clock";
import {
  parseImportRow,
  type ImportCellError,
  type ImportRecommendation,
  type ImportRow,
} from "@/lib/validation/import-row";
import { IMPORT_COLUMNS, columnHeader, type ImportColumn } from "@/lib/import/import-columns";
import type { RawImportRow } from "@/lib/import/read-import-workbook";
import { statusPath } from "@/lib/import/status-path";

const m = nl.dataImport.rowErrors;

export type RowOutcome = "NEW" | "CHANGED" | "UNCHANGED" | "INVALID";

export type PlannedRow = {
  rowNumber: number;
  /** "3.2 Titel actie", or "3 Titel aanbeveling" for a row without an action. */
  label: string;
  outcome: RowOutcome;
  /** The columns that change, by their header. */
  changes: string[];
  errors: ImportCellError[];
};

export type RecommendationFields = {
  title: string;
  text: string;
  titleEn?: string;
  textEn?: string;
  theme: string;
  cabinetResponse: CabinetResponse;
  leadOrganisationId: string;
};
export type ActionFields = {
  title: string;
  description: string;
  titleEn?: string;
  descriptionEn?: string;
  ownerOrganisationId: string;
  contactUserId: string;
  startDate?: CalendarDate;
};

export type ImportOperation =
  | {
      kind: "createRecommendation";
      rowNumber: number;
      key: string;
      evaluationId: string;
      number: number;
      fields: RecommendationFields;
    }
  | {
      kind: "updateRecommendation";
      rowNumber: number;
      key: string;
      recommendationId: string;
      version: number;
      evaluationId: string;
      number: number;
      fields: RecommendationFields;
    }
  | {
      kind: "createAction";
      rowNumber: number;
      /** The existing recommendation, or null: the one created earlier in the same import. */
      recommendationId: string | null;
      recommendationKey: string;
      reference: string;
      fields: ActionFields;
      dueDate: CalendarDate;
      statusPath: ActionStatus[];
      percentDone?: number;
    }
  | {
      kind: "updateAction";
      rowNumber: number;
      actionItemId: string;
      version: number;
      /** The new details, when any differ. */
      fields?: ActionFields;
      newDueDate?: CalendarDate;
      /** Move the deadline before the details: the new start date lies after the old deadline. */
      deadlineFirst: boolean;
      statusPath: ActionStatus[];
      percentDone?: number;
    };

export type ImportPlan = { rows: PlannedRow[]; operations: ImportOperation[] };

type ExistingAction = {
  id: string;
  version: number;
  title: string;
  description: string;
  titleEn: string | null;
  descriptionEn: string | null;
  ownerOrganisationId: string;
  contactUserId: string | null;
  startDate: CalendarDate | null;
  dueDate: CalendarDate;
  status: ActionStatus;
  percentDone: number;
  pendingDeadlineRequest: boolean;
};

export async function planImport(tx: Tx, rawRows: readonly RawImportRow[]): Promise<ImportPlan> {
  const parsed = rawRows.map((raw) => ({ raw, ...parseImportRow(raw.values) }));
  const valid = parsed.flatMap((entry) => (entry.row ? [entry.row] : []));
  const emails = [...new Set(valid.flatMap((row) => (row.action ? [row.action.contact] : [])))];
  const numbers = [...new Set(valid.map((row) => row.recommendation.recommendationNumber))];

  const [evaluations, organisations, users] = await Promise.all([
    tx.evaluation.findMany({ select: { id: true, title: true } }),
    tx.organisation.findMany({ select: { id: true, code: true } }),
    tx.user.findMany({
      where: { email: { in: emails, mode: "insensitive" } },
      select: { id: true, email: true, active: true, organisationId: true },
    }),
  ]);
  const evaluationByTitle = new Map(evaluations.map((evaluation) => [normaliseTitle(evaluation.title), evaluation.id]));
  const evaluationIds = [
    ...new Set(valid.flatMap((row) => evaluationByTitle.get(normaliseTitle(row.recommendation.evaluation)) ?? [])),
  ];
  const organisationByCode = new Map(
    organisations.map((organisation) => [organisation.code.toUpperCase(), organisation.id]),
  );
  const userByEmail = new Map(users.map((user) => [user.email.toLowerCase(), user]));

  const recommendations = await tx.recommendation.findMany({
    where: { evaluationId: { in: evaluationIds }, number: { in: numbers } },
    select: {
      id: true,
      evaluationId: true,
      number: true,
      title: true,
      text: true,
      titleEn: true,
      textEn: true,
      theme: true,
      cabinetResponse: true,
      leadOrganisationId: true,
      version: true,
    },
  });
  const recommendationByKey = new Map(
    recommendations.map((recommendation) => [
      recommendationKey(recommendation.evaluationId, recommendation.number),
      recommendation,
    ]),
  );
  const actions = await tx.actionItem.findMany({
    where: {
      recommendationId: { in: recommendations.map((recommendation) => recommendation.id) },
      reference: { not: null },
    },
    select: {
      id: true,
      recommendationId: true,
      reference: true,
      version: true,
      title: true,
      description: true,
      titleEn: true,
      descriptionEn: true,
      ownerOrganisationId: true,
      contactUserId: true,
      startDate: true,
      dueDate: true,
      status: true,
      percentDone: true,
      _count: { select: { deadlineChanges: { where: { status: "PENDING" } } } },
    },
  });
  const actionByKey = new Map<string, ExistingAction>(
    actions.map((action) => [
      `${action.recommendationId}|${action.reference}`,
      {
        ...action,
        startDate: action.startDate ? toCalendarDate(action.startDate) : null,
        dueDate: toCalendarDate(action.dueDate),
        pendingDeadlineRequest: action._count.deadlineChanges > 0,
      },
    ]),
  );

  const rows: PlannedRow[] = [];
  const operations: ImportOperation[] = [];
  const firstRowOfRecommendation = new Map<string, { rowNumber: number; recommendation: ImportRecommendation }>();
  const rowOfReference = new Map<string, number>();

  for (const entry of parsed) {
    const rowNumber = entry.raw.rowNumber;
    const label = labelOf(entry.raw.values);
    if (!entry.row) {
      rows.push({ rowNumber, label, outcome: "INVALID", changes: [], errors: entry.errors });
      continue;
    }
    const row: ImportRow = entry.row;
    const errors: ImportCellError[] = [];
    const changes: string[] = [];
    const rowOperations: ImportOperation[] = [];
    let isNew = false;

    const evaluationId = evaluationByTitle.get(normaliseTitle(row.recommendation.evaluation));
    if (!evaluationId)
      errors.push({ column: "evaluation", message: m.unknownEvaluation(row.recommendation.evaluation) });
    const leadOrganisationId = organisationByCode.get(row.recommendation.leadOrganisation);
    if (!leadOrganisationId)
      errors.push({ column: "leadOrganisation", message: m.unknownOrganisation(row.recommendation.leadOrganisation) });
    if (!evaluationId) {
      rows.push({ rowNumber, label, outcome: "INVALID", changes, errors });
      continue;
    }

    // The recommendation: its details once per file (on its first row), the same on every other row.
    const key = recommendationKey(evaluationId, row.recommendation.recommendationNumber);
    const existing = recommendationByKey.get(key);
    const first = firstRowOfRecommendation.get(key);
    if (first) {
      const differs = RECOMMENDATION_COLUMNS.find(
        (column) => first.recommendation[column] !== row.recommendation[column],
      );
      if (differs)
        errors.push({
          column: differs,
          message: m.recommendationDiffers(row.recommendation.recommendationNumber, first.rowNumber),
        });
    } else if (leadOrganisationId) {
      firstRowOfRecommendation.set(key, { rowNumber, recommendation: row.recommendation });
      const fields: RecommendationFields = {
        title: row.recommendation.recommendationTitle,
        text: row.recommendation.recommendationText,
        // an empty English cell keeps the English text already there
        titleEn: row.recommendation.recommendationTitleEn ?? existing?.titleEn ?? undefined,
        textEn: row.recommendation.recommendationTextEn ?? existing?.textEn ?? undefined,
        theme: row.recommendation.theme,
        cabinetResponse: row.recommendation.cabinetResponse,
        leadOrganisationId,
      };
      if (!existing) {
        isNew = true;
        rowOperations.push({
          kind: "createRecommendation",
          rowNumber,
          key,
          evaluationId,
          number: row.recommendation.recommendationNumber,
          fields,
        });
      } else {
        const changed = (
          [
            ["recommendationTitle", existing.title !== fields.title],
            ["recommendationText", existing.text !== fields.text],
            ["recommendationTitleEn", (existing.titleEn ?? undefined) !== fields.titleEn],
            ["recommendationTextEn", (existing.textEn ?? undefined) !== fields.textEn],
            ["theme", existing.theme !== fields.theme],
            ["cabinetResponse", existing.cabinetResponse !== fields.cabinetResponse],
            ["leadOrganisation", existing.leadOrganisationId !== fields.leadOrganisationId],
          ] as const
        ).filter(([, differs]) => differs);
        if (changed.length > 0) {
          changes.push(...changed.map(([column]) => columnHeader(column)));
          rowOperations.push({
            kind: "updateRecommendation",
            rowNumber,
            key,
            recommendationId: existing.id,
            version: existing.version,
            evaluationId,
            number: row.recommendation.recommendationNumber,
            fields,
          });
        }
      }
    }

    // The action, matched on its reference within the recommendation.
    const action = row.action;
    if (action) {
      const seenOn = rowOfReference.get(`${key}|${action.reference}`);
      if (seenOn !== undefined)
        errors.push({ column: "reference", message: m.duplicateReference(action.reference, seenOn) });
      else rowOfReference.set(`${key}|${action.reference}`, rowNumber);

      const ownerOrganisationId = organisationByCode.get(action.organisation);
      if (!ownerOrganisationId)
        errors.push({ column: "organisation", message: m.unknownOrganisation(action.organisation) });
      const contact = userByEmail.get(action.contact);
      if (!contact) errors.push({ column: "contact", message: m.unknownContact(action.contact) });
      else if (!contact.active) errors.push({ column: "contact", message: m.inactiveContact(action.contact) });
      else if (ownerOrganisationId && contact.organisationId !== ownerOrganisationId)
        errors.push({ column: "contact", message: m.contactElsewhere(action.contact, action.organisation) });

      const current = existing ? actionByKey.get(`${existing.id}|${action.reference}`) : undefined;
      if (ownerOrganisationId && contact) {
        const fields: ActionFields = {
          title: action.title,
          description: action.description,
          titleEn: action.titleEn ?? current?.titleEn ?? undefined,
          descriptionEn: action.descriptionEn ?? current?.descriptionEn ?? undefined,
          ownerOrganisationId,
          contactUserId: contact.id,
          startDate: action.startDate,
        };
        if (!current) {
          isNew = true;
          const path = action.status ? statusPath("NOT_STARTED", action.status) : [];
          if (!path) errors.push({ column: "status", message: m.statusForNew(nl.actionStatus[action.status!]) });
          rowOperations.push({
            kind: "createAction",
            rowNumber,
            recommendationId: existing?.id ?? null,
            recommendationKey: key,
            reference: action.reference,
            fields,
            dueDate: action.dueDate,
            statusPath: path ?? [],
            percentDone: action.percentDone,
          });
        } else {
          const changedDetails = (
            [
              ["title", current.title !== fields.title],
              ["description", current.description !== fields.description],
              ["titleEn", (current.titleEn ?? undefined) !== fields.titleEn],
              ["descriptionEn", (current.descriptionEn ?? undefined) !== fields.descriptionEn],
              ["organisation", current.ownerOrganisationId !== fields.ownerOrganisationId],
              ["contact", current.contactUserId !== fields.contactUserId],
              ["startDate", current.startDate !== (fields.startDate ?? null)],
            ] as const
          )
            .filter(([, differs]) => differs)
            .map(([column]) => column);
          const moveDeadline = current.dueDate !== action.dueDate;
          if (moveDeadline && (current.status === "DONE" || current.status === "CANCELLED"))
            errors.push({ column: "dueDate", message: m.deadlineClosed });
          else if (moveDeadline && current.pendingDeadlineRequest)
            errors.push({ column: "dueDate", message: m.deadlinePending });
          const path = action.status ? statusPath(current.status, action.status) : [];
          if (!path)
            errors.push({
              column: "status",
              message: m.statusRefused(nl.actionStatus[current.status], nl.actionStatus[action.status!]),
            });
          const endsDone = (path?.at(-1) ?? current.status) === "DONE";
          const percentChanges =
            action.percentDone !== undefined && !endsDone && action.percentDone !== current.percentDone;

          const changedColumns: ImportColumn[] = [
            ...changedDetails,
            ...(moveDeadline ? (["dueDate"] as const) : []),
            ...(path && path.length > 0 ? (["status"] as const) : []),
            ...(percentChanges ? (["percentDone"] as const) : []),
          ];
          if (changedColumns.length > 0) {
            changes.push(...changedColumns.map(columnHeader));
            rowOperations.push({
              kind: "updateAction",
              rowNumber,
              actionItemId: current.id,
              version: current.version,
              fields: changedDetails.length > 0 ? fields : undefined,
              newDueDate: moveDeadline ? action.dueDate : undefined,
              deadlineFirst: moveDeadline && fields.startDate !== undefined && fields.startDate > current.dueDate,
              statusPath: path ?? [],
              percentDone: percentChanges ? action.percentDone : undefined,
            });
          }
        }
      }
    }

    if (errors.length > 0) {
      rows.push({ rowNumber, label, outcome: "INVALID", changes: [], errors: sortByColumn(errors) });
      continue;
    }
    operations.push(...rowOperations);
    rows.push({
      rowNumber,
      label,
      outcome: isNew ? "NEW" : changes.length > 0 ? "CHANGED" : "UNCHANGED",
      changes,
      errors: [],
    });
  }
  return { rows, operations };
}

const RECOMMENDATION_COLUMNS = [
  "recommendationTitle",
  "recommendationText",
  "recommendationTitleEn",
  "recommendationTextEn",
  "theme",
  "cabinetResponse",
  "leadOrganisation",
] as const;

export function recommendationKey(evaluationId: string, number: number): string {
  return `${evaluationId}|${number}`;
}

function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, " ").trim();
}

function labelOf(values: Record<ImportColumn, string>): string {
  if (values.reference || values.title) return [values.reference, values.title].filter(Boolean).join(" ");
  return [values.recommendationNumber, values.recommendationTitle].filter(Boolean).join(" ");
}

function sortByColumn(errors: ImportCellError[]): ImportCellError[] {
  return [...errors].sort((a, b) => IMPORT_COLUMNS.indexOf(a.column) - IMPORT_COLUMNS.indexOf(b.column));
}
