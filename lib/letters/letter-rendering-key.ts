// What a letter's file is made from, as one SHA-256: the version's content and the title,
// and the renderer's own version (raise it when the Word or PDF layout changes, so that
// files made by the old layout are not served again).
import { createHash } from "node:crypto";
import type { LetterContent } from "@/lib/letters/letter-content";

export const LETTER_RENDERER_VERSION = 1;

export function letterRenderingKey(content: LetterContent, title: string): string {
  return createHash("sha256")
    .update(JSON.stringify({ renderer: LETTER_RENDERER_VERSION, title, content }))
    .digest("hex");
}
