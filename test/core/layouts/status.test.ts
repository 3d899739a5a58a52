// The printed card pasted from HWP (issue 8, item 3): each status name merged over two
// columns, ○ under the one that applies. Never take the neighbour; say so when unsure.
import { describe, expect, it } from "vitest";
import { checkSheet, type CellValue } from "../../../src/core";
import { cardGrid, seedCard633 } from "../../../src/sample/cards";

/** Row 1 becomes the printed status line (names in B:C, D:E, F:G, H:I), row 2 the marks. */
function printedStatus(marks: (string | null)[], mergeMarks = false) {
  const grid = cardGrid(seedCard633());
  const names: CellValue[] = ["추진상황", "완료 종결", null, "완료 후 계속추진", null, "정상추진", null, "*일부추진", null];
  grid.values[1] = names;
  grid.values[2] = [null, ...marks, ...new Array(8 - marks.length).fill(null)];
  grid.merges = grid.merges.filter((m) => m.top > 2);
  for (const left of [1, 3, 5, 7]) {
    grid.merges.push({ top: 1, bottom: 1, left, right: left + 1 });
    if (mergeMarks) grid.merges.push({ top: 2, bottom: 2, left, right: left + 1 });
  }
  return checkSheet(grid);
}

describe("the printed card's status", () => {
  it("reads ○ under the first or the second column of a merged name", () => {
    // ○ in D3 (first column of 완료 후 계속추진) and in E3 (its second column).
    expect(printedStatus([null, null, "○"]).pledges[0].status).toBe("완료 후 계속추진");
    expect(printedStatus([null, null, null, "○"]).pledges[0].status).toBe("완료 후 계속추진");
    expect(printedStatus([null, null, null, null, "○"], true).pledges[0].status).toBe("정상추진");
  });

  it("never takes the neighbour: ○ in the second column of 완료 종결 is 완료 종결", () => {
    // C3 is under 완료 종결 (B2:C2); the old search read it as the next name's blank column.
    const result = printedStatus([null, "○"]);
    expect(result.pledges[0].status).toBe("완료 종결");
    // 완료 종결 with a pledge rate of 85.71 < 100 is a conflict, on the status cell B2.
    expect(result.findings.find((f) => f.code === "STATUS_RATE_CONFLICT")?.cell).toBe("B2");
  });

  it("says so when two statuses are marked, and picks none", () => {
    const result = printedStatus(["○", null, "○"]);
    expect(result.pledges[0].status).toBeNull();
    const found = result.findings.filter((f) => f.code === "STATUS_MARK_AMBIGUOUS");
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("warning");
    expect(result.findings.map((f) => f.code)).not.toContain("MISSING_STATUS");
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
