// "Downloaden als PDF": the newest version of the letter printed to a tagged PDF by the
// server's Chromium, for everyone who may read the letter. Without Chromium: 503 with the
// Dutch reason (the layout shows the control disabled with the same sentence).
import { getActor } from "@/lib/auth/require-user";
import { getLetterForExport } from "@/lib/letters/get-letter-for-export";
import { recordLetterDownload } from "@/lib/letters/record-letter-download";
import { letterFileName } from "@/lib/letters/letter-file-name";
import { renderLetterHtml } from "@/lib/letters/render-letter-html";
import { pdfPrinterAvailable, printHtmlToPdf } from "@/lib/letters/print-pdf";
import { attachment, plainMessage } from "@/lib/letters/letter-download-response";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { recordId } from "@/lib/validation/fields";
import { nl } from "@/lib/i18n/nl";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const actor = await getActor();
  if (!actor) return plainMessage(401, nl.letterExport.signIn);
  const { id } = await params;
  const letter = recordId.safeParse(id).success ? await getLetterForExport({ actor, id }) : null;
  if (!letter) return plainMessage(404, nl.letterExport.notFound);
  if (!(await pdfPrinterAvailable())) return plainMessage(503, nl.letterExport.pdfUnavailable);
  let pdf: Buffer;
  try {
    pdf = await printHtmlToPdf(renderLetterHtml(letter.content, letter.title));
  } catch (error) {
    const reference = reportUnexpectedError(error, { actorId: actor.id });
    return plainMessage(500, `${nl.letterExport.pdfFailed} ${nl.forms.errorReference(reference)}`);
  }
  await recordLetterDownload(actor, letter, "pdf");
  return attachment(pdf, "application/pdf", letterFileName(letter.content, "pdf"));
}
