// Which page numbers a pagination shows: always the first and the last, and the pages
// around the current one; a gap between them is one "…" (null), never a run of numbers.
export function pageNumbersAround(page: number, pageCount: number, around = 2): (number | null)[] {
  const shown = new Set<number>([1, pageCount]);
  for (let candidate = page - around; candidate <= page + around; candidate++) {
    if (candidate >= 1 && candidate <= pageCount) shown.add(candidate);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const numbers: (number | null)[] = [];
  for (const [index, number] of sorted.entries()) {
    const previous = sorted[index - 1];
    // A gap of exactly one page shows that page rather than "…", which would hide no more.
    if (previous !== undefined && number - previous === 2) numbers.push(previous + 1);
    else if (previous !== undefined && number - previous > 2) numbers.push(null);
    numbers.push(number);
  }
  return numbers;
}
