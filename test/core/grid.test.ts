// GridView over sparse grids: the cells present, merges anywhere on the sheet, and no
// finding outside the grid when a merge starts above its origin.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSheet, parseA1, type CellValue, type SheetGrid } from "../../src/core";
import { GridView } from "../../src/core/grid";
import { cardGrid, seedCard633 } from "../../src/sample/cards";

function sparse(cells: [number, number, CellValue][]): CellValue[][] {
  const values: CellValue[][] = [];
  for (const [r, c, v] of cells) (values[r] ??= [])[c] = v;
  return values;
}

describe("GridView on a sparse grid", () => {
  const values = sparse([
    [0, 0, "제목"],
    [0, 16383, "XFD1"],
    [3, 2, ""],
    [3, 4, 0],
    [39999, 0, "A40000"],
  ]);
  const grid = new GridView({ name: "s", values, merges: [] });

  it("spans to the last value without building the area", () => {
    expect([grid.top, grid.left, grid.bottom, grid.right]).toEqual([0, 0, 39999, 16383]);
    expect(grid.raw(20000, 5000)).toBeNull();
    expect(grid.raw(0, 16383)).toBe("XFD1");
  });

  it("lists the columns and rows holding a value, ascending; empty text is not a value, 0 is", () => {
    expect(grid.columnsWithValues(0)).toEqual([0, 16383]);
    expect(grid.columnsWithValues(3)).toEqual([4]);
    expect(grid.columnsWithValues(2)).toEqual([]);
    expect(grid.columnsWithValues(50000)).toEqual([]);
    expect(grid.rowsWithValues()).toEqual([0, 3, 39999]);
  });

  it("reports sheet coordinates when the grid has an origin", () => {
    const shifted = new GridView({ name: "s", values: sparse([[1, 2, "x"]]), merges: [], originRow: 4, originCol: 3 });
    expect(shifted.columnsWithValues(5)).toEqual([5]);
    expect(shifted.rowsWithValues()).toEqual([5]);
  });
});

describe("merged areas anywhere on the sheet", () => {
  it("finds a cell deep inside a large merge, and in a merge far down the sheet", () => {
    const grid = new GridView({
      name: "s",
      values: sparse([[0, 9, "J1"], [999999, 0, "x"]]),
      merges: [
        { top: 0, left: 9, bottom: 1048575, right: 16383 }, // J1:XFD1048576
        { top: 500000, left: 0, bottom: 500300, right: 2 }, // 301 rows, beyond the old 200×200 index
      ],
    });
    expect(grid.master(700000, 12000)).toEqual({ row: 0, col: 9 });
    expect(grid.shown(700000, 12000)).toBe("J1");
    expect(grid.master(500300, 2)).toEqual({ row: 500000, col: 0 });
    expect(grid.merge(500301, 2)).toBeUndefined();
    expect(grid.nextColumn(500250, 1)).toBe(3);
    expect(grid.master(5, 8)).toEqual({ row: 5, col: 8 });
  });

  it("cuts a merge that starts above the grid's origin at the grid's edge", () => {
    // Origin B3: the merge A1:C4 has its top-left at A1, outside; inside, it starts at B3.
    const grid = new GridView({ name: "s", values: [["x"]], merges: [{ top: 0, left: 0, bottom: 3, right: 2 }], originRow: 2, originCol: 1 });
    expect(grid.master(3, 2)).toEqual({ row: 2, col: 1 });
  });

  it("never lets a finding point outside the grid when merges start above or left of its origin", () => {
    // The card seen from a used range that starts inside it, with random merges that may
    // reach above and left of the range (as Excel's used range can start inside a merge).
    const card = cardGrid(seedCard633());
    const merge = fc.record({ top: fc.nat(12), left: fc.nat(10), height: fc.nat(4), width: fc.nat(4) });
    fc.assert(
      fc.property(fc.nat(6), fc.nat(3), fc.array(merge, { maxLength: 6 }), (skipRows, skipCols, extra) => {
        const values = card.values.slice(skipRows).map((row) => row.slice(skipCols));
        const merges = [...extra.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width })), ...card.merges];
        const grid: SheetGrid = { name: "6-3-3", values, merges, originRow: skipRows, originCol: skipCols };
        for (const f of checkSheet(grid).findings) {
          const at = parseA1(f.cell) as { row: number; col: number };
          expect(at.row >= skipRows && at.col >= skipCols, `${f.code} at ${f.cell}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
