// The data a Kamerbrief is generated from, frozen at its peildatum and stored with the
// letter (LetterSnapshot rows, never edited). The composer (compose-letter.ts) turns a
// snapshot into text without I/O, so a stored snapshot reproduces the letter exactly, and
// two snapshots compare one letter with the next (what changed since the previous letter).
// Dates are calendar dates as "YYYY-MM-DD" (lib/calendar-date.ts), so the JSON is stable.
import { z } from "zod";
import {
  ActionStatus,
  CommitmentOrigin,
  CommitmentStatus,
  ImplementationStatus,
} from "@/lib/generated/prisma/enums.ts";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A Kamerstuk or other sent document, with its citation as written ("Kamerstuk 36 200 IX, nr. 11"). */
const DocumentReferenceSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: isoDate,
  dossier: z.string().nullable(),
  number: z.string().nullable(),
});

export const SnapshotActionSchema = z.object({
  id: z.string(),
  title: z.string(),
  organisation: z.string(), // organisation code: FIN, BZ, ADSB
  status: z.enum(ActionStatus),
  dueDate: isoDate,
  completedOn: isoDate.nullable(),
  percentDone: z.number().int(),
  cancelReason: z.string().nullable(),
  illustrative: z.boolean(),
  /** The newest progress update on or before the peildatum, if any. */
  latestProgress: z.object({ date: isoDate, text: z.string() }).nullable(),
});

export const SnapshotRecommendationSchema = z.object({
  id: z.string(),
  evaluationId: z.string(),
  number: z.number().int(),
  title: z.string(),
  text: z.string(),
  illustrative: z.boolean(),
  leadOrganisation: z.string(),
  /** The effective status (derived from the actions, or the coordinator's override). */
  status: z.enum(ImplementationStatus),
  statusOverridden: z.boolean(),
  actions: z.array(SnapshotActionSchema),
});

const SnapshotEvaluationSchema = z.object({
  id: z.string(),
  title: z.string(),
  evaluator: z.string(),
  reportDate: isoDate.nullable(),
  sentToParliamentOn: isoDate.nullable(),
  document: DocumentReferenceSchema.nullable(),
});

export const LetterSnapshotSchema = z.object({
  schemaVersion: z.literal(1),
  peildatum: isoDate,
  commitment: z.object({
    id: z.string(),
    title: z.string(),
    originalWording: z.string(), // "voor de zomer van 2023"
    dueDate: isoDate,
    origin: z.enum(CommitmentOrigin),
    originDocument: DocumentReferenceSchema.nullable(),
    originDescription: z.string().nullable(),
    responsibleMinister: z.string(),
    status: z.enum(CommitmentStatus),
    illustrative: z.boolean(),
  }),
  /** The evaluations whose recommendations the commitment covers, oldest first. */
  evaluations: z.array(SnapshotEvaluationSchema),
  /** The plan van aanpak (the newest PLAN_OF_ACTION document on or before the peildatum). */
  planOfAction: DocumentReferenceSchema.nullable(),
  /** The newest sent letter on any of the same recommendations, dated on or before the peildatum: what "what changed" compares with. */
  previousLetter: z.object({ letterDraftId: z.string(), document: DocumentReferenceSchema }).nullable(),
  /** The recommendations linked to the commitment, by evaluation then number. */
  recommendations: z.array(SnapshotRecommendationSchema),
});

export type LetterSnapshot = z.infer<typeof LetterSnapshotSchema>;
export type SnapshotRecommendation = z.infer<typeof SnapshotRecommendationSchema>;
export type SnapshotAction = z.infer<typeof SnapshotActionSchema>;
export type SnapshotEvaluation = z.infer<typeof SnapshotEvaluationSchema>;
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;

/** Reads a stored snapshot; throws when the JSON is not a snapshot of this shape. */
export function parseLetterSnapshot(data: unknown): LetterSnapshot {
  return LetterSnapshotSchema.parse(data);
}
