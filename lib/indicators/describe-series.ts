// The words around a kengetal's figures: a value with its unit as a Dutch reader writes it
// ("€ 18,8 mld.", "45"), years as ranges ("2018–2022, 2024"), the sources per year, and the
// summary a screen reader hears instead of the chart.
import { formatNumber } from "@/lib/i18n/format-number";
import { nl } from "@/lib/i18n/nl";

type Point = { year: number; value: number; source: string };

/** "€ 18,8 mld." for a currency unit, "45" for a count, "12,5 %" otherwise. */
export function formatWithUnit(value: number, unit: string): string {
  const number = formatNumber(value);
  if (unit === "aantal") return number;
  const currency = /^€\s*(.*)$/.exec(unit);
  if (currency) return currency[1] ? `€ ${number} ${currency[1]}` : `€ ${number}`;
  return `${number} ${unit}`;
}

/** Sorted years as ranges of consecutive years: [2018, 2019, 2020, 2022] → "2018–2020, 2022". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  for (let index = 0; index < sorted.length; index++) {
    const year = sorted[index]!;
    const next = sorted[index + 1];
    if (next === year + 1) continue;
    ranges.push(start === year ? String(year) : `${start}–${year}`);
    start = next;
  }
  return ranges.join(", ");
}

/** Each distinct source with the years it gives, in the order the years come. */
export function sourcesByYear(points: readonly Point[]): { source: string; years: string }[] {
  const groups = new Map<string, number[]>();
  for (const point of points) groups.set(point.source, [...(groups.get(point.source) ?? []), point.year]);
  return [...groups].map(([source, years]) => ({ source, years: yearRanges(years) }));
}

/** The chart's text alternative: every value, then the lowest and the highest with their years. */
export function describeSeries(points: readonly Point[], unit: string): string {
  if (points.length === 0) return nl.indicators.noValues;
  const values = points.map((point) => point.value);
  const extreme = (target: number) =>
    nl.indicators.extremePoint(
      formatWithUnit(target, unit),
      joinYears(points.filter((point) => point.value === target).map((point) => point.year)),
    );
  return nl.indicators.chartDescription(
    unit,
    points.map((point) => nl.indicators.seriesPoint(point.year, formatWithUnit(point.value, unit))).join(", "),
    extreme(Math.min(...values)),
    extreme(Math.max(...values)),
  );
}

function joinYears(years: number[]): string {
  if (years.length <= 1) return years.join("");
  return `${years.slice(0, -1).join(", ")}${nl.indicators.and}${years[years.length - 1]}`;
}
