// Numbers as a Dutch reader writes them: a decimal comma and a thousands point ("18,8",
// "1.234"), at most two decimals (the precision the figures are stored in).
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

/** "18,8", "45", "1.234,56": up to two decimals, none when the value is whole. */
export function formatNumber(value: number): string {
  return formatter(0, 2).format(value);
}

/** A tick label with exactly `decimals` decimals, so that an axis reads 0,0 · 2,5 · 5,0. */
export function formatFixed(value: number, decimals: number): string {
  return formatter(decimals, decimals).format(value);
}
