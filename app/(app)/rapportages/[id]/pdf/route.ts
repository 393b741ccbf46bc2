// "Downloaden als PDF": the newest version of the letter as a tagged PDF, for everyone who
// may read the letter. Each version is printed once (lib/letters/get-letter-file.ts); a
// version not printed yet goes through the bounded print queue, which answers 503 with
// Retry-After when full, and drops the print when the browser went away. Without Chromium:
// 503 with the Dutch reason (the layout shows the control disabled with the same sentence).
import { getActor } from "@/lib/auth/require-user";
import { getLetterForExport } from "@/lib/letters/get-letter-for-export";
import { recordLetterDownload } from "@/lib/letters/record-letter-download";
import { letterFileName } from "@/lib/letters/letter-file-name";
import { getLetterFile, type LetterFile } from "@/lib/letters/get-letter-file";
import { PdfPrinterMissingError } from "@/lib/letters/print-pdf";
import { attachment, plainMessage } from "@/lib/letters/letter-download-response";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { isBusyError } from "@/lib/overload/busy-error";
import { busyResponse } from "@/lib/overload/busy-response";
import { recordId } from "@/lib/validation/fields";
import { nl } from "@/lib/i18n/nl";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const actor = await getActor();
  if (!actor) return plainMessage(401, nl.letterExport.signIn);
  const { id } = await params;
  const letter = recordId.safeParse(id).success ? await getLetterForExport({ actor, id }) : null;
  if (!letter) return plainMessage(404, nl.letterExport.notFound);
  let file: LetterFile;
  try {
    file = await getLetterFile(letter, "pdf", { ownerId: actor.id, signal: request.signal });
  } catch (error) {
    if (isBusyError(error)) return busyResponse(error);
    if (error instanceof PdfPrinterMissingError) return plainMessage(503, nl.letterExport.pdfUnavailable);
    // The browser went away: nobody reads the answer.
    if (request.signal.aborted) return plainMessage(503, nl.overload.tryAgain);
    const reference = reportUnexpectedError(error, { actorId: actor.id });
    return plainMessage(500, `${nl.letterExport.pdfFailed} ${nl.forms.errorReference(reference)}`);
  }
  await recordLetterDownload(actor, letter, "pdf");
  return attachment(file.bytes, "application/pdf", letterFileName(letter.content, "pdf"));
}
