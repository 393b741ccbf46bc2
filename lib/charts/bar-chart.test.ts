// The bar chart as the server renders it: one image with a title and a description, every
// value and label drawn, bars from the zero baseline, and no inline style (the CSP).
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { BarChart } from "@/components/charts/bar-chart";

const points = [29, 39, 45, 38, 45].map((value, index) => ({ label: String(2018 + index), value }));
const render = (props: Partial<Parameters<typeof BarChart>[0]> = {}) =>
  renderToStaticMarkup(
    createElement(BarChart, {
      id: "g",
      title: "Nieuwe klanten",
      description: "2018: 29, …",
      points,
      integer: true,
      ...props,
    }),
  );

describe("BarChart", () => {
  it("is one image named by its title and described by its summary", () => {
    const svg = render();
    expect(svg).toMatch(/^<svg[^>]* role="img" aria-labelledby="g-titel g-beschrijving"/);
    expect(svg).toContain('<title id="g-titel">Nieuwe klanten</title>');
    expect(svg).toContain('<desc id="g-beschrijving">2018: 29, …</desc>');
    expect(svg).not.toMatch(/style=/);
  });

  it("draws a bar, a value and a label per year on a zero-based axis", () => {
    const svg = render();
    expect(svg.match(/class="bar-chart__bar"/g)).toHaveLength(5);
    const texts = [...svg.matchAll(/class="bar-chart__(tick|value|label)"[^>]*>([^<]*)</g)].map(
      (match) => `${match[1]}:${match[2]}`,
    );
    expect(texts.filter((text) => text.startsWith("tick:"))).toEqual([
      "tick:0",
      "tick:10",
      "tick:20",
      "tick:30",
      "tick:40",
      "tick:50",
    ]);
    expect(texts.filter((text) => text.startsWith("value:"))).toEqual([
      "value:29",
      "value:39",
      "value:45",
      "value:38",
      "value:45",
    ]);
    expect(texts.filter((text) => text.startsWith("label:"))).toEqual([
      "label:2018",
      "label:2019",
      "label:2020",
      "label:2021",
      "label:2022",
    ]);
    // Every bar stands on the baseline.
    const baseline = Number(/class="bar-chart__baseline"[^>]* y1="([\d.]+)"/.exec(svg)![1]);
    for (const [, y, height] of svg.matchAll(/class="bar-chart__bar"[^>]* y="([\d.]+)"[^>]* height="([\d.]+)"/g)) {
      expect(Number(y) + Number(height)).toBeCloseTo(baseline, 6);
    }
  });

  it("writes decimals with a comma and thins the labels of a long series", () => {
    expect(
      render({
        points: [
          { label: "2022", value: 18.8 },
          { label: "2023", value: 19.35 },
        ],
        integer: false,
      }),
    ).toContain(">19,35<");
    const long = render({
      points: Array.from({ length: 30 }, (_, index) => ({ label: String(1990 + index), value: index * 1000 })),
    });
    expect(long.match(/class="bar-chart__bar"/g)).toHaveLength(30);
    expect(long.match(/class="bar-chart__value"/g)).toBeNull(); // the table has them
    expect((long.match(/class="bar-chart__label"/g) ?? []).length).toBeLessThan(30);
  });
});
