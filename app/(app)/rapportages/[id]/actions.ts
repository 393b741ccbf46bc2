"use server";
// The letter page's forms (Brief and Versies tabs), thin like every form's action:
// runFormAction does the user, the parse and the outcome; the domain function does the
// rest. Every outcome re-renders the letter's pages, also a conflict: they then show the
// colleague's version, and the user's input stays in the form.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { editLetterSection } from "@/lib/letters/edit-letter-section";
import { editLetterDetails } from "@/lib/letters/edit-letter-details";
import { restoreLetterVersion, type RestoredLetterVersion } from "@/lib/letters/restore-letter-version";
import { addLetterRemark, type AddedLetterRemark } from "@/lib/letters/add-letter-remark";
import { resolveLetterRemark, type ResolvedLetterRemark } from "@/lib/letters/resolve-letter-remark";
import type { SavedLetterVersion } from "@/lib/letters/write-letter-version";
import {
  AddLetterRemarkSchema,
  EditLetterDetailsSchema,
  EditLetterSectionSchema,
  ResolveLetterRemarkSchema,
  RestoreLetterVersionSchema,
} from "@/lib/validation/letters-edit";
import { nl } from "@/lib/i18n/nl";
import { acceptDutchText, type AcceptedDutchText } from "@/lib/reports/accept-dutch-text";
import { AcceptDutchTextSchema } from "@/lib/validation/reports";

const words = nl.letterEditor;

export async function editLetterSectionAction(
  _previous: ActionResult<SavedLetterVersion>,
  formData: FormData,
): Promise<ActionResult<SavedLetterVersion>> {
  const result = await runFormAction({
    formData,
    schema: EditLetterSectionSchema,
    run: (actor, input) => editLetterSection({ actor, input }),
    success: (data) => (data.changed ? words.sectionSaved(data.versionNumber) : words.nothingChanged),
  });
  revalidateLetter(formData.get("letterId"));
  return result;
}

export async function editLetterDetailsAction(
  _previous: ActionResult<SavedLetterVersion>,
  formData: FormData,
): Promise<ActionResult<SavedLetterVersion>> {
  const result = await runFormAction({
    formData,
    schema: EditLetterDetailsSchema,
    run: (actor, input) => editLetterDetails({ actor, input }),
    success: (data) => (data.changed ? words.detailsSaved(data.versionNumber) : words.nothingChanged),
  });
  revalidateLetter(formData.get("letterId"));
  return result;
}

export async function restoreLetterVersionAction(
  _previous: ActionResult<RestoredLetterVersion>,
  formData: FormData,
): Promise<ActionResult<RestoredLetterVersion>> {
  const result = await runFormAction({
    formData,
    schema: RestoreLetterVersionSchema,
    run: (actor, input) => restoreLetterVersion({ actor, input }),
    success: (data) =>
      data.changed ? words.restored(data.restoredFrom, data.versionNumber) : words.restoreNothing(data.restoredFrom),
  });
  revalidateLetter(formData.get("letterId"));
  return result;
}

export async function addLetterRemarkAction(
  _previous: ActionResult<AddedLetterRemark>,
  formData: FormData,
): Promise<ActionResult<AddedLetterRemark>> {
  const result = await runFormAction({
    formData,
    schema: AddLetterRemarkSchema,
    run: (actor, input) => addLetterRemark({ actor, input }),
    success: words.remarkAdded,
  });
  revalidateLetter(formData.get("letterId"));
  return result;
}

export async function resolveLetterRemarkAction(
  _previous: ActionResult<ResolvedLetterRemark>,
  formData: FormData,
): Promise<ActionResult<ResolvedLetterRemark>> {
  const result = await runFormAction({
    formData,
    schema: ResolveLetterRemarkSchema,
    run: (actor, input) => resolveLetterRemark({ actor, input }),
    success: words.resolved,
  });
  revalidateLetter(formData.get("letterId"));
  return result;
}

/** The checkbox of each item is "item:<key>": gathered here into one field, one key per line. */
const ACCEPT_ITEM_PREFIX = "item:";

export async function acceptDutchTextAction(
  _previous: ActionResult<AcceptedDutchText>,
  formData: FormData,
): Promise<ActionResult<AcceptedDutchText>> {
  const gathered = new FormData();
  const items: string[] = [];
  for (const [key, value] of formData.entries()) {
    if (key.startsWith(ACCEPT_ITEM_PREFIX)) items.push(key.slice(ACCEPT_ITEM_PREFIX.length));
    else gathered.append(key, value);
  }
  gathered.set("items", items.join("\n"));
  const result = await runFormAction({
    formData: gathered,
    schema: AcceptDutchTextSchema,
    run: (actor, input) => acceptDutchText({ actor, input }),
    success: (data) => nl.reports.accepted(data.accepted),
  });
  revalidateLetter(formData.get("letterId"));
  return result;
}

function revalidateLetter(letterId: FormDataEntryValue | null): void {
  if (typeof letterId !== "string" || letterId === "") return;
  const path = `/rapportages/${encodeURIComponent(letterId)}`;
  revalidatePath(path);
  revalidatePath(`${path}/versies`);
  revalidatePath("/rapportages");
}
