// Numbers as a Dutch reader writes them: a thousands point and a decimal comma ("1.234 acties",
// "18,8"). Every count on a screen, in a message or in a letter goes through formatCount.
const formats = new Map<string, Intl.NumberFormat>();

function formatter(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}-${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("nl-NL", { minimumFractionDigits, maximumFractionDigits });
    formats.set(key, format);
  }
  return format;
}

/** A count: "7", "1.234", "12.500". */
export function formatCount(count: number): string {
  return formatter(0, 0).format(count);
}

/** "18,8", "45", "1.234,56": up to two decimals (the precision figures are stored in), none when whole. */
export function formatNumber(value: number): string {
  return formatter(0, 2).format(value);
}

/** Exactly `decimals` decimals, so that an axis reads 0,0 · 2,5 · 5,0. */
export function formatFixed(value: number, decimals: number): string {
  return formatter(decimals, decimals).format(value);
}
