// Read access to a sheet grid in sheet coordinates, aware of merged areas. The grid holds
// what is stored; every value read here goes through readStored (storedValue.ts), so a
// percent, a date or an error reads the same on every surface.
// Sparse: the rows may have holes, and nothing here walks the bounding box, so memory and
// time grow with the cells present (a stray value at XFD1048576 costs one cell).
import type { CellValue, MergedArea, SheetGrid, SheetVisibility, StoredValue } from "./types";
import { percentFormatOf, readStored } from "./storedValue";
import { toA1 } from "./address";

/** Rows per bucket of the merge index. */
const BUCKET_ROWS = 64;
/** A merge over more buckets than this is kept in a short list instead of in every bucket. */
const TALL_BUCKETS = 64;
const NO_COLUMNS: readonly number[] = Object.freeze([]);

export class GridView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly visibility: SheetVisibility;
  private readonly values: StoredValue[][];
  private readonly formats: (string | null | undefined)[][] | undefined;
  private readonly formulas: (string | null | undefined)[][] | undefined;
  private readonly date1904: boolean;
  /** Merges by row bucket, and the few that span too many rows to list in each bucket. */
  private readonly mergeBuckets = new Map<number, MergedArea[]>();
  private readonly tallMerges: MergedArea[] = [];
  private readonly columnsCache = new Map<number, readonly number[]>();
  private rowsCache: readonly number[] | null = null;
  private readonly hidden: ReadonlySet<number>;
  private readonly hiddenCols: ReadonlySet<number>;

  constructor(grid: SheetGrid) {
    this.name = grid.name;
    this.values = Array.isArray(grid.values) ? grid.values : [];
    this.formats = Array.isArray(grid.formats) ? grid.formats : undefined;
    this.formulas = Array.isArray(grid.formulas) ? grid.formulas : undefined;
    this.date1904 = grid.date1904 === true;
    this.visibility = grid.visibility ?? "visible";
    this.hidden = new Set(grid.hiddenRows ?? []);
    this.hiddenCols = new Set(grid.hiddenColumns ?? []);
    this.top = grid.originRow ?? 0;
    this.left = grid.originCol ?? 0;
    let width = 0;
    // forEach skips the holes of a sparse array.
    this.values.forEach((row) => {
      if (Array.isArray(row) && row.length > width) width = row.length;
    });
    this.bottom = this.top + this.values.length - 1;
    this.right = this.left + width - 1;
    for (const m of grid.merges ?? []) {
      if (!m || !(m.bottom >= m.top) || !(m.right >= m.left)) continue;
      // A merge that starts above or left of the grid is cut at its edge, so its top-left,
      // where findings about it land, is a cell of the grid (a used range can start inside one).
      const area = { top: Math.max(m.top, this.top), left: Math.max(m.left, this.left), bottom: m.bottom, right: m.right };
      if (area.bottom < area.top || area.right < area.left) continue;
      this.indexMerge(area);
    }
  }

  private indexMerge(m: MergedArea): void {
    const first = Math.floor(m.top / BUCKET_ROWS);
    const last = Math.floor(m.bottom / BUCKET_ROWS);
    if (last - first >= TALL_BUCKETS) {
      this.tallMerges.push(m);
      return;
    }
    for (let b = first; b <= last; b++) {
      const bucket = this.mergeBuckets.get(b);
      if (bucket) bucket.push(m);
      else this.mergeBuckets.set(b, [m]);
    }
  }

  contains(row: number, col: number): boolean {
    return row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
  }

  /** The value this very cell reads as (its stored value under its number format). */
  raw(row: number, col: number): CellValue {
    const r = row - this.top;
    const c = col - this.left;
    const line = this.values[r];
    const v = Array.isArray(line) ? line[c] : undefined;
    const format = this.formats?.[r]?.[c];
    const formula = this.formulas?.[r]?.[c];
    // Most cells are plain text or a number under General (a hot path).
    if (!format && !formula && typeof v !== "object") return v === undefined || v === "" ? null : v;
    return readStored(v, format, this.date1904, formula);
  }

  /** What this very cell stores, before any reading. */
  stored(row: number, col: number): StoredValue {
    const line = this.values[row - this.top];
    const v = Array.isArray(line) ? line[col - this.left] : undefined;
    return v === undefined ? null : v;
  }

  /** The cell's number format code as stored; null for General. */
  format(row: number, col: number): string | null {
    const f = this.formats?.[row - this.top]?.[col - this.left];
    return f && f !== "General" ? f : null;
  }

  /** The cell's percent format when a rate written there is stored as a fraction (see percentFormatOf). */
  percentFormat(row: number, col: number): string | null {
    return percentFormatOf(this.stored(row, col), this.format(row, col));
  }

  /** Ascending sheet columns of this row holding a non-empty value. */
  columnsWithValues(row: number): readonly number[] {
    const line = this.values[row - this.top];
    if (!Array.isArray(line)) return NO_COLUMNS;
    const cached = this.columnsCache.get(row);
    if (cached) return cached;
    const columns: number[] = [];
    const formulas = this.formulas?.[row - this.top];
    line.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") columns.push(this.left + c);
      else if (formulas?.[c]) columns.push(this.left + c);
    });
    this.columnsCache.set(row, columns);
    return columns;
  }

  /** Ascending sheet rows holding any non-empty value. */
  rowsWithValues(): readonly number[] {
    if (this.rowsCache) return this.rowsCache;
    const rows: number[] = [];
    this.values.forEach((_, r) => {
      if (this.columnsWithValues(this.top + r).length > 0) rows.push(this.top + r);
    });
    this.rowsCache = rows;
    return rows;
  }

  merge(row: number, col: number): MergedArea | undefined {
    const inside = (m: MergedArea) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
    const bucket = this.mergeBuckets.get(Math.floor(row / BUCKET_ROWS));
    const found = bucket?.find(inside);
    if (found) return found;
    return this.tallMerges.length > 0 ? this.tallMerges.find(inside) : undefined;
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

  /** Excel hides this column (0-based sheet column), as the adapter reported. */
  isHiddenColumn(col: number): boolean {
    return this.hiddenCols.has(col);
  }

  address(row: number, col: number): string {
    return toA1(row, col);
  }

  /** An address guaranteed inside the grid: falls back to the given fallback cell. */
  addressInside(row: number, col: number, fallback: { row: number; col: number }): string {
    return this.contains(row, col) ? toA1(row, col) : toA1(fallback.row, fallback.col);
  }
}

/** One cell of a grid as it reads (sheet coordinates), without indexing the whole sheet. */
export function readCellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = row - (grid.originRow ?? 0);
  const c = col - (grid.originCol ?? 0);
  if (r < 0 || c < 0) return null;
  return readStored(grid.values[r]?.[c], grid.formats?.[r]?.[c], grid.date1904 === true, grid.formulas?.[r]?.[c]);
}
