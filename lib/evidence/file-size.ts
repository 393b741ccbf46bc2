// A file size as Dutch readers write it: "512 bytes", "340 kB", "1,2 MB" (units of 1024,
// the same as the 10 MB limit).
import { actionItemsMessages as nl } from "@/lib/i18n/action-items";

const KB = 1024;
const MB = 1024 * 1024;

const oneDecimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });

/**
 * `roundUp` for a size compared with a limit: 10 MB and one byte reads "10,1 MB", never
 * "10 MB", so "is 10 MB; at most 10 MB" cannot happen.
 */
export function formatFileSize(bytes: number, { roundUp = false }: { roundUp?: boolean } = {}): string {
  if (bytes < KB) return nl.evidence.bytes(bytes);
  const kilobytes = roundUp ? Math.ceil(bytes / KB) : Math.round(bytes / KB);
  if (kilobytes < KB) return `${whole.format(Math.max(1, kilobytes))} kB`;
  const megabytes = roundUp ? Math.ceil((bytes / MB) * 10) / 10 : bytes / MB;
  return `${oneDecimal.format(megabytes)} MB`;
}
