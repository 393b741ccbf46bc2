// "Waarde toevoegen" for a kengetal: a year, a value as a Dutch reader types it, a source.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { recordId, requiredText } from "@/lib/validation/fields";

export const INDICATOR_YEAR_MIN = 1900;
export const INDICATOR_YEAR_MAX = 2200;

/**
 * A value ≥ 0 with at most two decimals, as text for the Decimal(14, 2) column (no float on
 * the way): "18,8", "1.234,5" (thousands points), "18.8" (a decimal point, as pasted from a
 * spreadsheet). "1.234" reads as a thousand and more, as a Dutch reader means it. Anything
 * else, a minus sign included, is undefined.
 */
export function parseDutchDecimal(text: string): string | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  let match = /^(\d{1,12})(?:,(\d{1,2}))?$/.exec(compact) ?? /^(\d{1,3}(?:\.\d{3}){1,3})(?:,(\d{1,2}))?$/.exec(compact);
  if (!match) match = /^(\d{1,12})\.(\d{1,2})$/.exec(compact);
  if (!match) return undefined;
  const whole = match[1]!.replaceAll(".", "").replace(/^0+(?=\d)/, "");
  if (whole.length > 12) return undefined;
  return match[2] ? `${whole}.${match[2]}` : whole;
}

const indicatorYear = z
  .string({ error: nl.indicators.yearInvalid })
  .trim()
  .regex(/^\d{4}$/, nl.indicators.yearInvalid)
  .transform(Number)
  .refine((year) => year >= INDICATOR_YEAR_MIN && year <= INDICATOR_YEAR_MAX, nl.indicators.yearInvalid);

const indicatorValue = z.string({ error: nl.indicators.valueInvalid }).transform((text, context) => {
  const value = parseDutchDecimal(text);
  if (value === undefined) {
    context.addIssue({ code: "custom", message: nl.indicators.valueInvalid });
    return z.NEVER;
  }
  return value;
});

export const AddIndicatorValueSchema = z.object({
  indicatorId: recordId,
  year: indicatorYear,
  value: indicatorValue,
  source: requiredText(nl.indicators.sourceLabel, 500),
});

export type AddIndicatorValueInput = z.infer<typeof AddIndicatorValueSchema>;
