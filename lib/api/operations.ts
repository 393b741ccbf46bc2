// Every operation of the JSON API /api/v1, each calling the same domain function as the UI
// (permission check, validation, version check and audit event included). The route files
// under app/api/v1 are one line each: apiHandler(<operation>). The OpenAPI document is made
// from this list (lib/api/openapi-document.ts).
import "server-only";
import { z } from "zod";
import { defineOperation, type ApiOperation } from "@/lib/api/operation";
import * as S from "@/lib/api/response-schemas";
import { recordId } from "@/lib/validation/fields";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { ActionListFiltersSchema, parseActionListFilters } from "@/lib/validation/action-list-filters";
import { AddProgressUpdateSchema } from "@/lib/validation/progress-update";
import { ChangeActionItemStatusSchema } from "@/lib/validation/status-change";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import { listEvaluations } from "@/lib/evaluations/list-evaluations";
import { listRecommendations } from "@/lib/recommendations/list-recommendations";
import { getRecommendation, RECOMMENDATION_ACTIONS_PAGE_SIZE } from "@/lib/recommendations/get-recommendation";
import { ACTION_LIST_PAGE_SIZE, listActionItems } from "@/lib/action-items/list-action-items";
import { getActionItem, JOURNAL_PAGE_SIZE } from "@/lib/action-items/get-action-item";
import { addProgressUpdate } from "@/lib/action-items/add-progress-update";
import { changeActionItemStatus } from "@/lib/action-items/change-action-item-status";
import { COMMITMENTS_PAGE_SIZE, listCommitments } from "@/lib/commitments/list-commitments";
import { listLetterMetadata } from "@/lib/api/list-letter-metadata";
import { listIndicators } from "@/lib/indicators/list-indicators";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";

const IdParams = z.object({ id: recordId.describe("het id van het gegeven") });
const PageQuery = z.object({
  pagina: z.preprocess((value) => (Array.isArray(value) ? value[0] : value), PageNumberSchema),
});
const pageDescription = {
  pagina: "Paginanummer, vanaf 1 (50 per pagina). Een pagina voorbij het einde geeft de laatste.",
};

const notFound = (message: string) => new AppError("NOT_FOUND", message);

export const listEvaluationsOperation = defineOperation({
  operationId: "listEvaluations",
  method: "GET",
  path: "/evaluations",
  tag: "Evaluaties",
  summary: "Alle evaluaties",
  description: "De evaluaties waarvan Opvolging de aanbevelingen volgt, de meest recente eerst.",
  response: S.EvaluationListSchema,
  successStatus: 200,
  errors: [403],
  run: async ({ actor }) => ({ items: await listEvaluations({ actor }) }),
});

export const listRecommendationsOperation = defineOperation({
  operationId: "listRecommendations",
  method: "GET",
  path: "/recommendations",
  tag: "Aanbevelingen",
  summary: "Alle aanbevelingen",
  description:
    "Alle aanbevelingen, per evaluatie (in de volgorde van /evaluations) op nummer, met hun voortgang en implementatiestatus.",
  response: S.RecommendationListSchema,
  successStatus: 200,
  errors: [403],
  run: async ({ actor }) => {
    const groups = await listRecommendations({ actor });
    return {
      items: groups.flatMap((group) =>
        group.recommendations.map((recommendation) => ({ evaluationId: group.evaluation.id, ...recommendation })),
      ),
    };
  },
});

export const getRecommendationOperation = defineOperation({
  operationId: "getRecommendation",
  method: "GET",
  path: "/recommendations/{id}",
  tag: "Aanbevelingen",
  summary: "Eén aanbeveling",
  description:
    "Een aanbeveling met haar status (afgeleid uit de acties, of vastgesteld door de coördinator), een pagina van haar acties en de gekoppelde toezeggingen.",
  params: IdParams,
  query: PageQuery,
  queryDescriptions: { pagina: "Paginanummer van de acties, vanaf 1 (50 per pagina)." },
  response: S.RecommendationSchema,
  successStatus: 200,
  errors: [403, 404],
  run: async ({ actor, params, query }) => {
    const recommendation = await getRecommendation({ actor, id: params.id, actionsPage: query.pagina });
    if (!recommendation) throw notFound(nl.api.problems.notFoundDetail);
    const { override, actions, commitments, derived, evaluation } = recommendation;
    return {
      id: recommendation.id,
      number: recommendation.number,
      title: recommendation.title,
      text: recommendation.text,
      titleEn: recommendation.titleEn,
      textEn: recommendation.textEn,
      theme: recommendation.theme,
      cabinetResponse: recommendation.cabinetResponse,
      isIllustrative: recommendation.isIllustrative,
      version: recommendation.version,
      evaluation: { id: evaluation.id, title: evaluation.title },
      leadOrganisation: recommendation.leadOrganisation,
      status: recommendation.status,
      derivedStatus: derived.status,
      override: override
        ? { status: override.status, reason: override.reason, by: override.by, at: override.at?.toISOString() ?? null }
        : null,
      oecdGrade: recommendation.oecdGrade,
      actions: {
        items: actions.items,
        total: actions.total,
        page: actions.page,
        pageCount: actions.pageCount,
        pageSize: RECOMMENDATION_ACTIONS_PAGE_SIZE,
      },
      commitments: commitments.map(({ id, title, originalWording, dueDate, status }) => ({
        id,
        title,
        originalWording,
        dueDate,
        status,
      })),
    };
  },
});

export const listActionsOperation = defineOperation({
  operationId: "listActions",
  method: "GET",
  path: "/actions",
  tag: "Acties",
  summary: "Acties, met de filters van de lijst",
  description:
    "Eén pagina (50) acties onder dezelfde filters als de lijst Acties, met dezelfde parameternamen: een adres uit /acties werkt hier ook. Een waarde die niet klopt, valt terug op de standaard (zoals in de lijst).",
  query: ActionListFiltersSchema,
  queryDescriptions: {
    zoek: "Zoeken in titel, omschrijving en voortgang (Nederlandse volledige-tekstzoekfunctie van PostgreSQL).",
    evaluatie: "Id van een evaluatie.",
    aanbeveling: "Id van een aanbeveling.",
    organisatie: "Code van de eigenaar: FIN, BZ of ADSB.",
    status: "Status; herhaal de parameter voor meer statussen.",
    van: "Deadline op of na deze datum (JJJJ-MM-DD).",
    tot: "Deadline op of voor deze datum (JJJJ-MM-DD).",
    "te-laat": "1: alleen acties over hun deadline.",
    mijn: "1: alleen acties waarvan u de contactpersoon bent.",
    sorteer: "Sortering; standaard de deadline (relevantie bij zoeken).",
    richting: "op (oplopend) of af (aflopend).",
    ...pageDescription,
  },
  queryJsonSchemas: { status: { type: "array", items: { type: "string", enum: [...ACTION_STATUSES] } } },
  response: S.ActionListSchema,
  successStatus: 200,
  errors: [403],
  run: async ({ actor, searchParams }) => {
    const list = await listActionItems({ actor, filters: parseActionListFilters(searchParams) });
    return {
      // Not the search highlights: they carry the list's HTML markers.
      items: list.rows.map((row) => ({
        id: row.id,
        title: row.title,
        status: row.status,
        percentDone: row.percentDone,
        dueDate: row.dueDate,
        deadlineState: row.deadlineState,
        isIllustrative: row.isIllustrative,
        organisation: row.organisation,
        recommendation: row.recommendation,
      })),
      total: list.total,
      page: list.page,
      pageCount: list.pageCount,
      pageSize: ACTION_LIST_PAGE_SIZE,
      sort: list.sort,
      direction: list.direction,
    };
  },
});

export const getActionOperation = defineOperation({
  operationId: "getAction",
  method: "GET",
  path: "/actions/{id}",
  tag: "Acties",
  summary: "Eén actie",
  description:
    "Een actie met haar version (nodig voor een wijziging), de statussen waarnaar u haar kunt zetten, een pagina van het logboek van voortgang (nieuwste eerst) en de deadlinewijzigingen.",
  params: IdParams,
  query: PageQuery,
  queryDescriptions: { pagina: "Paginanummer van de voortgang, vanaf 1 (50 per pagina)." },
  response: S.ActionSchema,
  successStatus: 200,
  errors: [403, 404],
  run: async ({ actor, params, query }) => {
    const action = await getActionItem({ actor, id: params.id, journalPage: query.pagina });
    if (!action) throw notFound(nl.actionDetail.notFound);
    return {
      id: action.id,
      title: action.title,
      description: action.description,
      titleEn: action.titleEn,
      descriptionEn: action.descriptionEn,
      status: action.status,
      percentDone: action.percentDone,
      startDate: action.startDate,
      dueDate: action.dueDate,
      completedOn: action.completedOn,
      cancelReason: action.cancelReason,
      isIllustrative: action.isIllustrative,
      version: action.version,
      ownerOrganisation: { code: action.ownerOrganisation.code, name: action.ownerOrganisation.name },
      contactPerson: action.contactUser?.name ?? null,
      recommendation: {
        id: action.recommendation.id,
        number: action.recommendation.number,
        title: action.recommendation.title,
        evaluationId: action.recommendation.evaluation.id,
      },
      nextStatuses: action.may.nextStatuses,
      journal: {
        items: action.journal.map((entry) => ({
          id: entry.id,
          text: entry.text,
          textEn: entry.textEn,
          statusBefore: entry.statusBefore,
          statusAfter: entry.statusAfter,
          percentDone: entry.percentDone,
          occurredOn: entry.occurredOn,
          createdAt: entry.createdAt.toISOString(),
          author: entry.author,
        })),
        total: action.journalPage.total,
        page: action.journalPage.page,
        pageCount: action.journalPage.pageCount,
        pageSize: JOURNAL_PAGE_SIZE,
      },
      deadlineChanges: action.deadlineHistory.map((entry) => ({
        id: entry.id,
        oldDueDate: entry.oldDueDate,
        newDueDate: entry.newDueDate,
        reason: entry.reason,
        status: entry.status,
        requestedBy: entry.requestedBy,
        requestedAt: entry.requestedAt.toISOString(),
        decidedBy: entry.decidedBy,
        decidedAt: entry.decidedAt?.toISOString() ?? null,
      })),
    };
  },
});

export const addProgressOperation = defineOperation({
  operationId: "addProgress",
  method: "POST",
  path: "/actions/{id}/progress",
  tag: "Acties",
  summary: "Voortgang toevoegen",
  description:
    "Voegt een voortgangsupdate toe aan het logboek van de actie, eventueel met een nieuwe status en percentage, zoals het formulier Voortgang toevoegen. Een Bijdrager alleen bij acties van de eigen organisatie. Stuur de version mee die u ophaalde: is de actie intussen gewijzigd, dan volgt 409 en verandert er niets.",
  params: IdParams,
  body: AddProgressUpdateSchema.omit({ actionItemId: true }),
  response: S.RecordedProgressSchema,
  successStatus: 201,
  errors: [400, 403, 404, 409, 413, 415, 422],
  run: ({ actor, params, body }) => addProgressUpdate({ actor, input: { ...body, actionItemId: params.id } }),
});

export const changeStatusOperation = defineOperation({
  operationId: "changeActionStatus",
  method: "POST",
  path: "/actions/{id}/status",
  tag: "Acties",
  summary: "Status wijzigen",
  description:
    "Zet de actie in een andere status, volgens de tabel van toegestane overgangen (nextStatuses bij GET /actions/{id}); annuleren en heropenen vragen een reden en zijn alleen voor de coördinator. Stuur de version mee die u ophaalde: is de actie intussen gewijzigd, dan volgt 409 en verandert er niets.",
  params: IdParams,
  body: ChangeActionItemStatusSchema.omit({ actionItemId: true }),
  response: S.RecordedProgressSchema,
  successStatus: 201,
  errors: [400, 403, 404, 409, 413, 415, 422],
  run: ({ actor, params, body }) => changeActionItemStatus({ actor, input: { ...body, actionItemId: params.id } }),
});

export const listCommitmentsOperation = defineOperation({
  operationId: "listCommitments",
  method: "GET",
  path: "/commitments",
  tag: "Toezeggingen",
  summary: "Toezeggingen aan de Kamer",
  description:
    "Eén pagina (50) toezeggingen op deadline, met herkomst, verantwoordelijk minister, status, gekoppelde aanbevelingen en het Kamerstuk waarmee ze zijn voldaan.",
  query: PageQuery,
  queryDescriptions: pageDescription,
  response: S.CommitmentListSchema,
  successStatus: 200,
  errors: [403],
  run: async ({ actor, query }) => {
    const list = await listCommitments({ actor, page: query.pagina });
    return {
      items: list.items.map(({ recommendations, ...item }) => ({
        ...item,
        recommendationIds: recommendations.map((recommendation) => recommendation.id),
      })),
      total: list.total,
      page: list.page,
      pageCount: list.pageCount,
      pageSize: COMMITMENTS_PAGE_SIZE,
    };
  },
});

export const listLettersOperation = defineOperation({
  operationId: "listLetters",
  method: "GET",
  path: "/letters",
  tag: "Kamerbrieven",
  summary: "Kamerbrieven (gegevens)",
  description:
    "Eén pagina (50) Kamerbrieven, nieuwste eerst: titel, status, toezegging, laatste versie en het verzonden Kamerstuk; niet de tekst. Een concept ziet alleen de coördinator; anderen zien een brief vanaf ter review.",
  query: PageQuery,
  queryDescriptions: pageDescription,
  response: S.LetterListSchema,
  successStatus: 200,
  errors: [403],
  run: async ({ actor, query }) => {
    const list = await listLetterMetadata({ actor, page: query.pagina });
    return {
      ...list,
      items: list.items.map((item) => ({
        ...item,
        createdAt: item.createdAt.toISOString(),
        updatedAt: item.updatedAt.toISOString(),
      })),
    };
  },
});

export const listIndicatorsOperation = defineOperation({
  operationId: "listIndicators",
  method: "GET",
  path: "/indicators",
  tag: "Kengetallen",
  summary: "Kengetallen",
  description: "Elk kengetal met zijn waarden per jaar, het oudste jaar eerst, en de bron.",
  response: S.IndicatorListSchema,
  successStatus: 200,
  errors: [403],
  run: async ({ actor }) => ({
    items: (await listIndicators({ actor })).map((indicator) => ({
      ...indicator,
      values: indicator.values.map(({ year, value, source }) => ({ year, value, source })),
    })),
  }),
});

/** Every operation, in the order of the reference page. */
export const API_OPERATIONS: ApiOperation[] = [
  listEvaluationsOperation,
  listRecommendationsOperation,
  getRecommendationOperation,
  listActionsOperation,
  getActionOperation,
  addProgressOperation,
  changeStatusOperation,
  listCommitmentsOperation,
  listLettersOperation,
  listIndicatorsOperation,
] as ApiOperation[];
