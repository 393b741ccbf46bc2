// "Downloaden als Word": the newest version of the letter as .docx, for everyone who may
// read the letter, written once per version (lib/letters/get-letter-file.ts); each
// download is written to the audit trail.
import { getActor } from "@/lib/auth/require-user";
import { getLetterForExport } from "@/lib/letters/get-letter-for-export";
import { recordLetterDownload } from "@/lib/letters/record-letter-download";
import { getLetterFile } from "@/lib/letters/get-letter-file";
import { letterFileName } from "@/lib/letters/letter-file-name";
import { attachment, plainMessage } from "@/lib/letters/letter-download-response";
import { recordId } from "@/lib/validation/fields";
import { nl } from "@/lib/i18n/nl";

type Context = { params: Promise<{ id: string }> };

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const actor = await getActor();
  if (!actor) return plainMessage(401, nl.letterExport.signIn);
  const { id } = await params;
  const letter = recordId.safeParse(id).success ? await getLetterForExport({ actor, id }) : null;
  if (!letter) return plainMessage(404, nl.letterExport.notFound);
  const { bytes } = await getLetterFile(letter, "docx", { ownerId: actor.id });
  await recordLetterDownload(actor, letter, "docx");
  return attachment(bytes, DOCX, letterFileName(letter.content, "docx"));
}
