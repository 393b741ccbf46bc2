"use client";
// The options of a select, rendered from pairs. A select's options rendered on the server are
// sent twice, as HTML and as RSC data, and in the RSC data each option is an element with its
// value twice (key and value): a list of 278 people or 172 recommendations cost about 25 kB of
// it. As the props of this component they are a pair each, about half of that.
export type OptionPair = readonly [value: string, label: string];
export type OptionPairGroup = readonly [label: string, options: readonly OptionPair[]];

type Props = { options?: readonly OptionPair[]; groups?: readonly OptionPairGroup[] };

export function OptionList({ options = [], groups = [] }: Props) {
  return (
    <>
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
      {groups.map(([label, options], index) => (
        // Two groups may share a label (two evaluations of the same name).
        <optgroup key={index} label={label}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
