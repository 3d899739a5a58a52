// Read access to a sheet grid in sheet coordinates, aware of merged areas.
import type { CellValue, MergedArea, SheetGrid } from "./types";
import { toA1 } from "./address";

export class GridView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly values: CellValue[][];
  private readonly mergeAt = new Map<number, MergedArea>();
  private readonly hidden: ReadonlySet<number>;
  private readonly filled = new Map<number, number[]>();

  constructor(grid: SheetGrid) {
    this.name = grid.name;
    this.values = Array.isArray(grid.values) ? grid.values : [];
    this.hidden = new Set(grid.hiddenRows ?? []);
    this.top = grid.originRow ?? 0;
    this.left = grid.originCol ?? 0;
    const width = this.values.reduce((w, row) => Math.max(w, Array.isArray(row) ? row.length : 0), 0);
    this.bottom = this.top + this.values.length - 1;
    this.right = this.left + width - 1;
    for (const m of grid.merges ?? []) {
      if (!m || m.bottom < m.top || m.right < m.left) continue;
      // Big merges only need their first row and column indexed for lookups we make.
      for (let r = m.top; r <= Math.min(m.bottom, m.top + 200); r++) {
        for (let c = m.left; c <= Math.min(m.right, m.left + 200); c++) this.mergeAt.set(this.key(r, c), m);
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 20000 + col;
  }

  contains(row: number, col: number): boolean {
    return row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
  }

  /** The value written in this very cell. */
  raw(row: number, col: number): CellValue {
    const line = this.values[row - this.top];
    if (!Array.isArray(line)) return null;
    const v = line[col - this.left];
    return v === undefined ? null : v;
  }

  merge(row: number, col: number): MergedArea | undefined {
    return this.mergeAt.get(this.key(row, col));
  }

  /** The cell that holds the value shown here: the merge's top-left, or itself. */
  master(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The value shown at this cell (a merged area shows its top-left value). */
  shown(row: number, col: number): CellValue {
    const at = this.master(row, col);
    return this.raw(at.row, at.col);
  }

  /** The first column right of this cell's merged area. */
  nextColumn(row: number, col: number): number {
    const m = this.merge(row, col);
    return (m ? m.right : col) + 1;
  }

  /** Excel hides this row (0-based sheet row), as the adapter reported. */
  isHidden(row: number): boolean {
    return this.hidden.has(row);
  }

  /** Stand-in for issue-11's sparse version: ascending columns of this row holding a value. */
  columnsWithValues(row: number): readonly number[] {
    let out = this.filled.get(row);
    if (out) return out;
    const line = this.values[row - this.top];
    out = [];
    if (Array.isArray(line)) for (let i = 0; i < line.length; i++) if (line[i] !== null && line[i] !== undefined && line[i] !== "") out.push(this.left + i);
    this.filled.set(row, out);
    return out;
  }

  address(row: number, col: number): string {
    return toA1(row, col);
  }

  /** An address guaranteed inside the grid: falls back to the given fallback cell. */
  addressInside(row: number, col: number, fallback: { row: number; col: number }): string {
    return this.contains(row, col) ? toA1(row, col) : toA1(fallback.row, fallback.col);
  }
}
