// Pure helpers for the server-rendered charts: a value axis from zero up to a "nice" top
// (steps of 1, 2, 2.5 or 5 times a power of ten) and the mapping of values onto it. Bars
// always start at zero, so a chart never exaggerates a difference; negative values have no
// place on such an axis and are refused rather than drawn wrongly.

export type Ticks = {
  /** The top of the axis: the last tick, at or above the largest value. */
  max: number;
  step: number;
  /** From 0 up to `max`, `step` apart, free of floating-point noise (0.1 + 0.2). */
  values: number[];
  /** The decimals a tick label needs (2.5 → 1, 0.25 → 2, 10 → 0). */
  decimals: number;
};

const NICE_STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * Ticks for a zero-based axis that holds `largest`, about `target` steps high.
 * `integer` keeps the step whole (counts: no "2,5 klanten").
 */
export function niceTicks(
  largest: number,
  { target = 5, integer = false }: { target?: number; integer?: boolean } = {},
): Ticks {
  if (!Number.isFinite(largest)) throw new RangeError(`Geen eindige waarde: ${largest}`);
  if (largest < 0) throw new RangeError(`Een staafdiagram vanaf nul kan geen negatieve waarde tonen: ${largest}`);
  if (!Number.isInteger(target) || target < 1) throw new RangeError(`Ongeldig aantal stappen: ${target}`);
  if (largest === 0) return { max: 1, step: 1, values: [0, 1], decimals: 0 };

  const rough = largest / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const nice = NICE_STEPS.find((candidate) => rough / magnitude <= candidate + 1e-9) ?? 10;
  let step = nice * magnitude;
  if (integer && step < 1) step = 1;
  // 2.5 × 10^k needs one decimal more than 10^k itself.
  const decimals =
    step >= 1 && Number.isInteger(step) ? 0 : Math.max(0, -Math.floor(Math.log10(step)) + (nice === 2.5 ? 1 : 0));
  const count = Math.ceil(largest / step - 1e-9);
  const values = Array.from({ length: count + 1 }, (_, index) => round(index * step, decimals));
  return { max: values[values.length - 1]!, step: round(step, decimals), values, decimals };
}

/** Maps a value in [0, max] onto [0, length]: the height of a bar, the offset of a tick. */
export function scaleLinear(max: number, length: number): (value: number) => number {
  if (!(max > 0)) throw new RangeError(`De schaal heeft een positief maximum nodig: ${max}`);
  return (value) => (value / max) * length;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
