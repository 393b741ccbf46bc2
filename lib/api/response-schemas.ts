// What the API answers, as zod schemas: the operations return these shapes (checked by the
// type checker through z.input) and the OpenAPI document describes them. Field names in
// English, as in the code; the values of enums as in the database; calendar dates as
// "YYYY-MM-DD", moments as ISO 8601 in UTC.
import { z } from "zod";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import {
  CabinetResponse,
  CommitmentOrigin,
  CommitmentStatus,
  DeadlineChangeStatus,
  DocumentType,
  ImplementationStatus,
  LetterStatus,
} from "@/lib/generated/prisma/enums.ts";

const values = <T extends Record<string, string>>(enumObject: T) =>
  Object.values(enumObject) as [T[keyof T], ...T[keyof T][]];

const calendarDate = z.iso.date().describe("Kalenderdatum (Europe/Amsterdam), JJJJ-MM-DD");
const moment = z.iso.datetime().describe("Tijdstip, ISO 8601 in UTC");
const actionStatus = z
  .enum(ACTION_STATUSES)
  .describe("Niet gestart, In uitvoering, Vertraagd / geblokkeerd, Afgerond, Geannuleerd");
const implementationStatus = z.enum(values(ImplementationStatus));
const oecdGrade = z
  .enum(["FULLY", "PARTIALLY", "NOT"])
  .describe("Volledig, gedeeltelijk of niet geïmplementeerd (OESO-schaal)");
const deadlineState = z
  .enum(["OVERDUE", "SOON", "ON_TRACK", "DONE"])
  .nullable()
  .describe("te laat, binnen 30 dagen, op schema, afgerond; null voor een geannuleerde actie");
const organisation = z.object({ code: z.string(), name: z.string() });
const page = {
  total: z.number().int(),
  page: z.number().int(),
  pageCount: z.number().int(),
  pageSize: z.number().int(),
};
const document = z.object({
  id: z.string(),
  label: z.string().describe("bijv. Kamerstuk 36 200 IX, nr. 11"),
  title: z.string(),
  date: calendarDate,
  type: z.enum(values(DocumentType)),
  url: z.string().nullable(),
});

export const EvaluationListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      periodEvaluated: z.string(),
      evaluator: z.string(),
      reportDate: calendarDate.nullable(),
      sentToParliamentOn: calendarDate.nullable(),
      source: z.string(),
    }),
  ),
});

const progress = z.object({
  counting: z.number().int().describe("acties die meetellen: alle behalve de geannuleerde"),
  done: z.number().int(),
  percent: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
});

export const RecommendationListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      evaluationId: z.string(),
      number: z.number().int(),
      title: z.string(),
      theme: z.string(),
      isIllustrative: z.boolean().describe("voorbeeldgegevens, niet uit het openbare verslag"),
      leadOrganisation: organisation,
      status: implementationStatus,
      statusOverridden: z.boolean(),
      oecdGrade,
      progress,
    }),
  ),
});

export const RecommendationSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  text: z.string(),
  titleEn: z.string().nullable().describe("Engelse titel voor de OESO-rapportage"),
  textEn: z.string().nullable().describe("Engelse tekst voor de OESO-rapportage"),
  theme: z.string(),
  cabinetResponse: z.enum(values(CabinetResponse)),
  isIllustrative: z.boolean(),
  version: z.number().int(),
  evaluation: z.object({ id: z.string(), title: z.string() }),
  leadOrganisation: organisation,
  status: implementationStatus,
  derivedStatus: implementationStatus.describe("de status volgens de acties"),
  override: z
    .object({
      status: implementationStatus,
      reason: z.string().nullable(),
      by: z.string().nullable(),
      at: moment.nullable(),
    })
    .nullable(),
  oecdGrade,
  actions: z.object({
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        organisation,
        status: actionStatus,
        percentDone: z.number().int(),
        dueDate: calendarDate,
        deadlineState,
        isIllustrative: z.boolean(),
      }),
    ),
    ...page,
  }),
  commitments: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      originalWording: z.string(),
      dueDate: calendarDate,
      status: z.enum(values(CommitmentStatus)),
    }),
  ),
});

export const ActionListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: actionStatus,
      percentDone: z.number().int(),
      dueDate: calendarDate,
      deadlineState,
      isIllustrative: z.boolean(),
      organisation,
      recommendation: z.object({ id: z.string(), number: z.number().int(), title: z.string() }),
    }),
  ),
  ...page,
  sort: z.string(),
  direction: z.enum(["asc", "desc"]),
});

export const ActionSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  titleEn: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  status: actionStatus,
  percentDone: z.number().int(),
  startDate: calendarDate.nullable(),
  dueDate: calendarDate,
  completedOn: calendarDate.nullable(),
  cancelReason: z.string().nullable(),
  isIllustrative: z.boolean(),
  version: z.number().int().describe("stuur deze mee bij een wijziging"),
  ownerOrganisation: organisation,
  contactPerson: z.string().nullable(),
  recommendation: z.object({ id: z.string(), number: z.number().int(), title: z.string(), evaluationId: z.string() }),
  nextStatuses: z.array(actionStatus).describe("de statussen waarnaar u (met dit token) de actie nu kunt zetten"),
  journal: z.object({
    items: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        textEn: z.string().nullable(),
        statusBefore: actionStatus,
        statusAfter: actionStatus,
        percentDone: z.number().int(),
        occurredOn: calendarDate,
        createdAt: moment,
        author: z.string(),
      }),
    ),
    ...page,
  }),
  deadlineChanges: z.array(
    z.object({
      id: z.string(),
      oldDueDate: calendarDate,
      newDueDate: calendarDate,
      reason: z.string(),
      status: z.enum([...values(DeadlineChangeStatus), "DIRECT"]),
      requestedBy: z.string(),
      requestedAt: moment,
      decidedBy: z.string().nullable(),
      decidedAt: moment.nullable(),
    }),
  ),
});

export const CommitmentListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      originalWording: z.string().describe("de toezegging zoals die aan de Kamer is gedaan"),
      dueDate: calendarDate,
      origin: z.enum(values(CommitmentOrigin)),
      originDocument: document.nullable(),
      originDescription: z.string().nullable(),
      responsibleMinister: z.string(),
      status: z.enum(values(CommitmentStatus)),
      fulfilledByDocument: document.nullable(),
      recommendationIds: z.array(z.string()),
      isIllustrative: z.boolean(),
    }),
  ),
  ...page,
});

export const LetterListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z
        .enum(values(LetterStatus))
        .describe("concept, ter review, vastgesteld, verzonden; een concept alleen voor de coördinator"),
      kind: z.enum(["KAMERBRIEF", "OECD_WGB"]).describe("Kamerbrief of OESO-vervolgrapport"),
      commitmentId: z.string().nullable().describe("de toezegging van een Kamerbrief"),
      evaluationId: z.string().nullable().describe("de evaluatie van een OESO-vervolgrapport"),
      latestVersionNumber: z.number().int(),
      sentDocument: document.nullable(),
      createdAt: moment,
      updatedAt: moment,
    }),
  ),
  ...page,
});

export const IndicatorListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      name: z.string(),
      unit: z.string(),
      description: z.string(),
      source: z.string(),
      values: z.array(z.object({ year: z.number().int(), value: z.number(), source: z.string() })),
    }),
  ),
});

export const RecordedProgressSchema = z.object({
  progressUpdateId: z.string(),
  status: actionStatus,
  percentDone: z.number().int(),
  version: z.number().int().describe("de nieuwe version van de actie"),
});
