import { describe, expect, it } from "vitest";
import { pageNumbersAround } from "./page-numbers";

describe("pageNumbersAround", () => {
  it("shows every page of a short list", () => {
    expect(pageNumbersAround(1, 1)).toEqual([1]);
    expect(pageNumbersAround(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("shows the first, the last and two either side of the current page of a long list", () => {
    expect(pageNumbersAround(100, 200)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
    expect(pageNumbersAround(1, 200)).toEqual([1, 2, 3, null, 200]);
    expect(pageNumbersAround(200, 200)).toEqual([1, null, 198, 199, 200]);
  });

  it("fills a gap of one page with that page instead of an ellipsis", () => {
    expect(pageNumbersAround(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
  });
});
