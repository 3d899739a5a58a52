// The seed cards exactly as printed (test/fixtures/seeds/*.txt, tab-separated): the table far
// down the card, the status marked ○ under its name, the department at the bottom.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkSheet, type CellValue, type SheetGrid } from "../../src/core";

function printedCard(name: string): SheetGrid {
  const text = readFileSync(resolve(__dirname, `../fixtures/seeds/${name}.txt`), "utf8");
  const values = text.split(/\r?\n/).map((line) => line.split("\t").map((v): CellValue => (v === "" ? null : v)));
  return { name, values, merges: [] };
}

describe("the printed seed cards", () => {
  it("6-3-3: reads the card around the table and agrees with its rates", () => {
    const result = checkSheet(printedCard("card-6-3-3"));
    expect(result.pledges).toHaveLength(1);
    const [p] = result.pledges;
    expect([p.id, p.title, p.department, p.status, p.asOf]).toEqual(["6-3-3", "16개 공공기관과 상생 자매결연 활성화", "미래전략과", "완료 후 계속추진", "2025-06-30"]);
    expect([p.reportedRate, p.headlineRate, p.precision]).toEqual([86, 86, 0]);
    expect(p.rate).toBeCloseTo(85.714, 3);
    expect(result.findings.map((f) => f.code)).toEqual(["OVER_ACHIEVEMENT"]);
  });

  it("7-2-3: reads past the schedule and budget tables, and names no department", () => {
    const result = checkSheet(printedCard("card-7-2-3"));
    expect(result.pledges).toHaveLength(1);
    const [p] = result.pledges;
    expect([p.id, p.status, p.asOf, p.reportedRate, p.headlineRate, p.precision]).toEqual(["7-2-3", "완료 후 계속추진", "2025-09-30", 73.33, 73.33, 2]);
    expect(p.indicators.map((i) => [i.target, i.actual])).toEqual([
      [5, 4],
      [3, 2],
    ]);
    expect(result.findings.map((f) => f.code)).toEqual(["MISSING_DEPARTMENT"]);
  });

  it("keeps each printed card's department with its own card when they share a sheet", () => {
    const a = printedCard("card-6-3-3");
    const b = printedCard("card-7-2-3");
    const result = checkSheet({ name: "부서", values: [...a.values, [], ...b.values], merges: [] });
    expect(result.pledges.map((p) => [p.id, p.department])).toEqual([
      ["6-3-3", "미래전략과"],
      ["7-2-3", null],
    ]);
  });

  it("takes the as-of line nearest the table over dates in the text above it", () => {
    const grid = printedCard("card-6-3-3");
    grid.values.splice(2, 0, ["(2024. 12. 31. 현재)"]);
    expect(checkSheet(grid).pledges[0].asOf).toBe("2025-06-30");
  });
});
