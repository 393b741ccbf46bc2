// A recommendation's progress as a bar, next to the numbers written out: the bar only
// repeats the text (hidden from screen readers). A native <progress>, styled in
// app/globals.css: the CSP allows no inline style, and it is a tenth of the markup of the
// SVG it replaced, which a list of 50 rows sends twice (as HTML and as RSC data).
export function ProgressBar({ percent }: { percent: number }) {
  return <progress className="progress-bar" value={Math.max(0, Math.min(100, percent))} max={100} aria-hidden="true" />;
}
