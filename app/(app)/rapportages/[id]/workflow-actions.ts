"use server";
// The Kamerbrief workflow's forms (Coördinator): thin, runFormAction does the user, the parse
// and every outcome; the domain functions check permission, transition and version. Every
// outcome re-renders the letter's pages, also a conflict, so the next submit carries the
// version the user now sees.
import { revalidatePath } from "next/cache";
import { runFormAction, type RunFormAction } from "@/lib/actions/run-form-action";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { submitLetterForReview } from "@/lib/letters/submit-letter-for-review";
import { approveLetter } from "@/lib/letters/approve-letter";
import { startLetterPrintJob } from "@/lib/letters/start-letter-print-job";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { returnLetterToDraft } from "@/lib/letters/return-letter-to-draft";
import { markLetterSent, type SentLetter } from "@/lib/letters/mark-letter-sent";
import { markReportSent } from "@/lib/reports/mark-report-sent";
import { MarkReportSentSchema } from "@/lib/validation/reports";
import type { MovedLetter } from "@/lib/letters/letter-step";
import { LetterStepSchema, MarkLetterSentSchema, ReturnLetterToDraftSchema } from "@/lib/validation/letters-workflow";
import { nl } from "@/lib/i18n/nl";

export async function submitLetterForReviewAction(
  _previous: ActionResult<MovedLetter>,
  formData: FormData,
): Promise<ActionResult<MovedLetter>> {
  return runLetterStep({
    formData,
    schema: LetterStepSchema,
    run: (actor, input) => submitLetterForReview({ actor, input }),
    success: nl.letterWorkflow.submitted,
  });
}

export async function approveLetterAction(
  _previous: ActionResult<MovedLetter>,
  formData: FormData,
): Promise<ActionResult<MovedLetter>> {
  return runLetterStep({
    formData,
    schema: LetterStepSchema,
    run: async (actor, input) => {
      const moved = await approveLetter({ actor, input });
      // The fixed letter's files are made in the background; a failure to queue that only
      // means the first download makes them, so it does not undo the Vaststellen.
      await startLetterPrintJob({ actor, letterId: input.letterId }).catch((error: unknown) =>
        reportUnexpectedError(error, { actorId: actor.id }),
      );
      return moved;
    },
    success: nl.letterWorkflow.approved,
  });
}

export async function returnLetterToDraftAction(
  _previous: ActionResult<MovedLetter>,
  formData: FormData,
): Promise<ActionResult<MovedLetter>> {
  return runLetterStep({
    formData,
    schema: ReturnLetterToDraftSchema,
    run: (actor, input) => returnLetterToDraft({ actor, input }),
    success: nl.letterWorkflow.returned,
  });
}

export async function markLetterSentAction(
  _previous: ActionResult<SentLetter>,
  formData: FormData,
): Promise<ActionResult<SentLetter>> {
  // The OECD report goes with its date only; the domain functions check the report's real kind.
  const result =
    formData.get("soort") === "OECD_WGB"
      ? await runLetterStep({
          formData,
          schema: MarkReportSentSchema,
          run: (actor, input) => markReportSent({ actor, input }),
          success: nl.reports.sent,
        })
      : await runLetterStep({
          formData,
          schema: MarkLetterSentSchema,
          run: (actor, input) => markLetterSent({ actor, input }),
          success: (data) => nl.letterWorkflow.sent(data.kamerstuk ?? ""),
        });
  if (result.status === "success") {
    // The commitment is voldaan now: its pages and the dashboard's next deadline change too.
    revalidatePath("/toezeggingen", "layout");
    revalidatePath("/");
  }
  return result;
}

/** One step of the workflow, whatever its outcome followed by fresh pages of the letter and the list. */
async function runLetterStep<S extends z.ZodType, T>(step: RunFormAction<S, T>) {
  const result = await runFormAction(step);
  revalidatePath(`/rapportages/${encodeURIComponent(String(step.formData.get("letterId")))}`, "layout");
  revalidatePath("/rapportages");
  return result;
}
