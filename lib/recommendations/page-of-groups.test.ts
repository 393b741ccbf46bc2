import { describe, expect, it } from "vitest";
import { pageOfGroups } from "./page-of-groups";

const group = (name: string, count: number) => ({
  name,
  recommendations: Array.from({ length: count }, (_, index) => `${name}${index + 1}`),
});

describe("pageOfGroups", () => {
  const groups = [group("a", 3), group("leeg", 0), group("b", 4)];

  it("cuts the rows across groups and keeps each row's group", () => {
    const second = pageOfGroups(groups, 2, 3);
    expect(second.groups.map((g) => [g.name, g.recommendations])).toEqual([["b", ["b1", "b2", "b3"]]]);
    expect(second).toMatchObject({ page: 2, pageCount: 3, total: 7, from: 4, to: 6 });
  });

  it("shows an evaluation without recommendations on the first page only", () => {
    expect(pageOfGroups(groups, 1, 3).groups.map((g) => g.name)).toEqual(["a", "leeg"]);
    expect(pageOfGroups(groups, 3, 3).groups.map((g) => g.name)).toEqual(["b"]);
  });

  it("shows the last page for a page past the end, and everything on one page when it fits", () => {
    expect(pageOfGroups(groups, 99, 3)).toMatchObject({ page: 3, from: 7, to: 7 });
    expect(pageOfGroups(groups, 1).groups.map((g) => g.recommendations.length)).toEqual([3, 0, 4]);
  });
});
