// One value on its own, written large with what it is: a series of one year is not drawn
// as a lone bar (which reads as a broken chart), but as the figure itself.
type Props = { value: string; label: string };

export function KeyFigure({ value, label }: Props) {
  return (
    <p className="key-figure">
      <span className="key-figure__value">{value}</span>
      <span className="key-figure__label">{label}</span>
    </p>
  );
}
