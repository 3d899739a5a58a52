// How the core's flags land on this workbook, given what this Excel can do and what is
// already there. Pure: no Office calls. A check replaces pledge-check's earlier marks,
// so earlier flags are put back first — unless the user recoloured the cell since, in
// which case the user's fill stays and counts as the cell's fill from now on.
import type { Flag } from "../core";
import { cellKey } from "./extras";
import { fillKey, type OriginalFill } from "./fills";
import type { Features } from "./host";
import type { Explanation, StoredFlag } from "./store";

export interface PlanInput {
  features: Features;
  flags: Flag[];
  previous: StoredFlag[];
  /** A cell's fill now; undefined when it was not read. */
  currentFill(sheet: string, cell: string): OriginalFill | undefined;
  userAnnotated: Set<string>;
  sheetExists(name: string): boolean;
}

export interface CellFill {
  sheet: string;
  cell: string;
  fill: OriginalFill;
}

export interface FlagPlan {
  /** Earlier flags going back to their original fill. */
  restore: CellFill[];
  /** The store's records of those cells (kept in the store until the batch has restored them). */
  restoring: StoredFlag[];
  paint: { sheet: string; cell: string; color: string }[];
  explain: { sheet: string; cell: string; text: string; kind: "note" | "comment" }[];
  store: StoredFlag[];
  /** Flags explained only on the findings sheet because the user has a note or comment there. */
  besideUserNotes: number;
  /** Earlier flags left alone because the user changed their fill. */
  recoloured: number;
  /** Flagged cells left unpainted because their fill (a gradient) could not be put back. */
  unpaintable?: number;
}

/**
 * A gradient fill cannot be set through the API — "LinearGradient and RectangularGradient are
 * not supported" (RangeFill.pattern, learn.microsoft.com/javascript/api/excel/excel.rangefill) —
 * so a cell holding one is never painted over: 표시 지우기 could not put it back.
 */
export function restorable(fill: OriginalFill): boolean {
  return fill === null || !/Gradient$/.test(fill.pattern);
}

/**
 * Whether a flagged cell still shows pledge-check's mark — or its original colour, which a
 * write batch cut short may have put back already (a sync is not a transaction; restoring
 * it again is harmless). Colour only: ExcelApi 1.7 reads no pattern. Unknown counts as
 * unchanged.
 */
function stillOurs(current: OriginalFill | undefined, flag: StoredFlag): boolean {
  if (current === undefined) return true;
  const colour = (fill: OriginalFill) => (fill === null ? "none" : fill.color.toUpperCase());
  return colour(current) === flag.applied.toUpperCase() || colour(current) === colour(flag.original);
}

/** Cells whose fill must be known before planning: new flags not covered by the store. */
export function fillsNeeded(input: Omit<PlanInput, "userAnnotated" | "features">, includePrevious: boolean): { sheet: string; cell: string }[] {
  const previous = new Set(input.previous.map((p) => cellKey(p.sheet, p.cell)));
  const cells = input.flags.filter((f) => !previous.has(cellKey(f.sheet, f.cell)) && input.currentFill(f.sheet, f.cell) === undefined);
  const earlier = includePrevious ? input.previous.filter((p) => input.sheetExists(p.sheet) && input.currentFill(p.sheet, p.cell) === undefined) : [];
  return [...cells, ...earlier].map(({ sheet, cell }) => ({ sheet, cell }));
}

export function planFlagWrites(input: PlanInput): FlagPlan {
  const flagged = new Set(input.flags.map((f) => cellKey(f.sheet, f.cell)));
  const originals = new Map<string, OriginalFill>();
  const restore: CellFill[] = [];
  const restoring: StoredFlag[] = [];
  let recoloured = 0;
  for (const p of input.previous) {
    if (!input.sheetExists(p.sheet)) continue;
    const key = cellKey(p.sheet, p.cell);
    const current = input.currentFill(p.sheet, p.cell);
    if (stillOurs(current, p)) {
      originals.set(key, p.original);
      if (!flagged.has(key)) {
        restore.push({ sheet: p.sheet, cell: p.cell, fill: p.original });
        restoring.push(p);
      }
    } else {
      originals.set(key, current ?? null);
      recoloured++;
    }
  }

  const kind: Explanation = input.features.notes ? "note" : input.features.comments ? "comment" : "none";
  const paint: FlagPlan["paint"] = [];
  const explain: FlagPlan["explain"] = [];
  const store: StoredFlag[] = [];
  let besideUserNotes = 0;
  let unpaintable = 0;
  for (const flag of input.flags) {
    const key = cellKey(flag.sheet, flag.cell);
    const original = originals.has(key) ? (originals.get(key) as OriginalFill) : (input.currentFill(flag.sheet, flag.cell) ?? null);
    const paintable = restorable(original);
    if (paintable) paint.push({ sheet: flag.sheet, cell: flag.cell, color: flag.color });
    else unpaintable++;
    let explanation: Explanation = kind;
    if (kind !== "none" && input.userAnnotated.has(key)) {
      explanation = "none";
      besideUserNotes++;
    }
    if (explanation !== "none") explain.push({ sheet: flag.sheet, cell: flag.cell, text: flag.note, kind: explanation });
    if (paintable) store.push({ sheet: flag.sheet, cell: flag.cell, original, applied: flag.color, explanation });
  }
  return { restore, restoring, paint, explain, store, besideUserNotes, recoloured, ...(unpaintable > 0 ? { unpaintable } : {}) };
}

/** Groups cells that get the same fill, for one RangeAreas each. */
export function groupByFill<T extends { sheet: string; cell: string }>(cells: T[], fillOf: (c: T) => OriginalFill): Map<string, { sheet: string; fill: OriginalFill; cells: string[] }> {
  const groups = new Map<string, { sheet: string; fill: OriginalFill; cells: string[] }>();
  for (const c of cells) {
    const fill = fillOf(c);
    const key = `${c.sheet}\u0000${fillKey(fill)}`;
    const group = groups.get(key) ?? { sheet: c.sheet, fill, cells: [] };
    group.cells.push(c.cell);
    groups.set(key, group);
  }
  return groups;
}
