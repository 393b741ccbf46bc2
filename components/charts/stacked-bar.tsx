// A horizontal stacked bar, rendered on the server as SVG (the CSP allows no inline style,
// so sizes are attributes and colours are classes). Colour is never the only signal: each
// segment also has its own pattern, the legend repeats pattern and label, and the whole bar
// carries a text alternative with every number (the table beside it holds the same data).
export type StackedBarSegment = { key: string; label: string; value: number };

type Props = {
  /** Unique on the page: the patterns' ids derive from it. */
  id: string;
  segments: StackedBarSegment[];
  /** The text alternative, read instead of the drawing. */
  label: string;
  /**
   * The id of a StackedBarLegend on the same page: the bar fills its segments with the
   * legend's patterns instead of defining its own (the same drawings; a table with a bar per
   * row otherwise repeats five pattern definitions in every row, as HTML and as RSC data).
   */
  legendId?: string;
};

const WIDTH = 200;
const HEIGHT = 20;

/** The pattern drawn over each position's colour, in order (solid, stripes, dots, bars, cross-hatch). */
function PatternMarks({ index }: { index: number }) {
  switch (index % 5) {
    case 1:
      return <path d="M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5" className="stacked-bar__mark" />;
    case 2:
      return <circle cx="3" cy="3" r="1.2" className="stacked-bar__dot" />;
    case 3:
      return <path d="M0,3 L6,3" className="stacked-bar__mark" />;
    case 4:
      return <path d="M0,0 L6,6 M6,0 L0,6" className="stacked-bar__mark" />;
    default:
      return null;
  }
}

export function StackedBar({ id, segments, label, legendId }: Props) {
  const total = segments.reduce((sum, segment) => sum + segment.value, 0);
  let x = 0;
  return (
    <svg
      className="stacked-bar"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      height={HEIGHT}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      focusable="false"
    >
      {!legendId && (
        <defs>
          {segments.map((segment, index) => (
            <pattern key={segment.key} id={`${id}-p${index}`} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" className={`stacked-bar__tone stacked-bar__tone--${index}`} />
              <PatternMarks index={index} />
            </pattern>
          ))}
        </defs>
      )}
      <rect className="stacked-bar__track" x="0" y="0" width={WIDTH} height={HEIGHT} />
      {total > 0 &&
        segments.map((segment, index) => {
          // Hundredths of the 200-unit box: a float's seventeen digits on each bar are bytes
          // that the HTML and the RSC data both carry, for no visible difference.
          const width = Math.round((segment.value / total) * WIDTH * 100) / 100;
          const rect = width > 0 && (
            <rect
              key={segment.key}
              x={x}
              y="0"
              width={width}
              height={HEIGHT}
              fill={legendId ? `url(#${legendId}-l${index})` : `url(#${id}-p${index})`}
              className="stacked-bar__segment"
            />
          );
          x += width;
          return rect;
        })}
    </svg>
  );
}

/** The legend: each position's pattern with its label, to show once beside the bars. */
export function StackedBarLegend({ id, labels, title }: { id: string; labels: string[]; title: string }) {
  return (
    <div className="stacked-bar-legend">
      <p className="stacked-bar-legend__title">{title}</p>
      <ul className="stacked-bar-legend__list">
        {labels.map((label, index) => (
          <li key={label} className="stacked-bar-legend__item">
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
              <defs>
                <pattern id={`${id}-l${index}`} width="6" height="6" patternUnits="userSpaceOnUse">
                  <rect width="6" height="6" className={`stacked-bar__tone stacked-bar__tone--${index}`} />
                  <PatternMarks index={index} />
                </pattern>
              </defs>
              <rect
                x="0.5"
                y="0.5"
                width="17"
                height="17"
                fill={`url(#${id}-l${index})`}
                className="stacked-bar__segment"
              />
            </svg>
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
