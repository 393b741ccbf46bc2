// A recommendation's progress as a bar, next to the numbers written out: the bar only
// repeats the text (hidden from screen readers), drawn in SVG because the CSP allows no
// inline style.
export function ProgressBar({ percent }: { percent: number }) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <svg
      className="progress-bar"
      viewBox="0 0 100 8"
      preserveAspectRatio="none"
      width="100%"
      height="8"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="progress-bar__track" x="0" y="0" width="100" height="8" />
      <rect className="progress-bar__fill" x="0" y="0" width={width} height="8" />
    </svg>
  );
}
