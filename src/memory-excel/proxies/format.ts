// range.format, range.format.fill and range.format.font (bold only), over one or more
// rectangles of a sheet.
// Reading a fill follows Excel: a cell with no fill reports color "#FFFFFF" (the same as
// a white fill — only pattern "None" and tintAndShade null tell them apart, ExcelApi 1.9),
// and a range whose cells differ reports null.
import { FakeObject, defineScalars, type PropSpecs } from "../client";
import { officeError } from "../errors";
import { readCell, updateCell, type FillModel } from "../model";
import type { Surface } from "../surface";
import { assertEditable, eachCell, eachExisting, type AreasTarget } from "./targets";

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
};

export function normalizeColor(input: unknown): string {
  if (typeof input !== "string") throw officeError("InvalidArgument", `Not a color: ${String(input)}`);
  const named = NAMED[input.toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(input.trim());
  if (!m) throw officeError("InvalidArgument", `Not a color: ${input}`);
  return `#${m[1].toUpperCase()}`;
}

/** Excel.FillPattern's settable members. */
const FILL_PATTERNS = new Set(["None", "Solid", "Gray50", "Gray75", "Gray25", "Horizontal", "Vertical", "Down", "Up", "Checker", "SemiGray75", "LightHorizontal", "LightVertical", "LightDown", "LightUp", "Grid", "CrissCross", "Gray16", "Gray8"]);

const NO_FILL = { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: null } as const;

/** What Excel reports for one cell's fill. */
export function fillView(fill: FillModel | null): { color: string; pattern: string; patternColor: string; tintAndShade: number | null } {
  if (!fill) return { ...NO_FILL };
  return { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor ?? "#000000", tintAndShade: fill.tintAndShade ?? 0 };
}

/** One value when every cell agrees, else null. */
function uniform<V>(target: AreasTarget, read: (fill: FillModel | null) => V): V | null {
  let first = true;
  let value: V | null = null;
  let same = true;
  eachCell(target.rects, (row, col) => {
    const v = read(readCell(target.sheet, row, col).fill);
    if (first) {
      value = v;
      first = false;
    } else if (v !== value) same = false;
  });
  return same ? value : null;
}

function setFill(target: AreasTarget, what: string, change: (fill: FillModel | null) => FillModel | null): void {
  assertEditable(target.sheet, what);
  eachCell(target.rects, (row, col) =>
    updateCell(target.sheet, row, col, (c) => {
      c.fill = change(c.fill);
    }),
  );
}

const FILL_PROPS: PropSpecs<AreasTarget> = {
  color: {
    get: (t) => uniform(t, (f) => fillView(f).color),
    set: (t, v) => {
      const color = normalizeColor(v);
      // A colour set as RGB carries no tint (assumption: Excel resets tintAndShade to 0).
      setFill(t, "RangeFill.color", (f) => ({ color, pattern: f && f.pattern !== "None" ? f.pattern : "Solid", patternColor: f?.patternColor }));
    },
  },
  pattern: {
    api: "1.9",
    get: (t) => uniform(t, (f) => fillView(f).pattern),
    set: (t, v) => {
      const pattern = String(v);
      // "LinearGradient and RectangularGradient are not supported" (RangeFill.pattern, ExcelApi 1.9,
      // learn.microsoft.com/javascript/api/excel/excel.rangefill#excel-excel-rangefill-pattern-member);
      // the code is Excel.ErrorCodes' UnsupportedFillType (which code Excel sends is an assumption).
      if (pattern === "LinearGradient" || pattern === "RectangularGradient") throw officeError("UnsupportedFillType", `The fill pattern ${pattern} cannot be set.`, "RangeFill.pattern");
      if (!FILL_PATTERNS.has(pattern)) throw officeError("InvalidArgument", `Not a fill pattern: ${pattern}`, "RangeFill.pattern");
      setFill(t, "RangeFill.pattern", (f) => (pattern === "None" ? null : { color: f?.color ?? "#FFFFFF", pattern, patternColor: f?.patternColor }));
    },
  },
  patternColor: {
    api: "1.9",
    get: (t) => uniform(t, (f) => fillView(f).patternColor),
    set: (t, v) => {
      const patternColor = normalizeColor(v);
      setFill(t, "RangeFill.patternColor", (f) => (f ? { ...f, patternColor } : f));
    },
  },
  // "A double that lightens or darkens a color for the range fill. The value is between -1
  // (darkest) and 1 (brightest), with 0 for the original color" (RangeFill.tintAndShade,
  // ExcelApi 1.9, learn.microsoft.com/javascript/api/excel/excel.rangefill#excel-excel-rangefill-tintandshade-member).
  tintAndShade: {
    api: "1.9",
    get: (t) => uniform(t, (f) => fillView(f).tintAndShade),
    set: (t, v) => {
      if (typeof v !== "number" || !(v >= -1 && v <= 1)) throw officeError("InvalidArgument", `tintAndShade must be between -1 and 1, not ${String(v)}`);
      // A cell with no fill has no colour to tint (assumption: it is left alone).
      setFill(t, "RangeFill.tintAndShade", (f) => (f ? { ...f, tintAndShade: v === 0 ? undefined : v } : f));
    },
  },
};

export class FakeRangeFill extends FakeObject<AreasTarget> implements Surface<Excel.RangeFill, "color" | "pattern" | "patternColor" | "tintAndShade" | "clear"> {
  readonly _type = "RangeFill";
  declare color: string;
  declare pattern: Excel.FillPattern | "None" | "Solid" | "Gray50" | "Gray75" | "Gray25" | "Horizontal" | "Vertical" | "Down" | "Up" | "Checker" | "SemiGray75" | "LightHorizontal" | "LightVertical" | "LightDown" | "LightUp" | "Grid" | "CrissCross" | "Gray16" | "Gray8" | "LinearGradient" | "RectangularGradient";
  declare patternColor: string;
  declare tintAndShade: number;

  protected _props(): PropSpecs<AreasTarget> {
    return FILL_PROPS;
  }

  /** Resets the background to no fill. */
  clear(): void {
    this._call("clear", [], undefined, (t) => {
      assertEditable(t.sheet, "RangeFill.clear");
      eachExisting(t.sheet, t.rects, (row, col) =>
        updateCell(t.sheet, row, col, (c) => {
          c.fill = null;
        }),
      );
    });
  }
}
defineScalars(FakeRangeFill, FILL_PROPS);

const FONT_PROPS: PropSpecs<AreasTarget> = {
  bold: {
    get: (t) => {
      let bold: boolean | null | undefined;
      eachCell(t.rects, (row, col) => {
        const b = readCell(t.sheet, row, col).bold;
        bold = bold === undefined || bold === b ? b : null;
      });
      return bold ?? null;
    },
    set: (t, v) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "bold must be true or false");
      assertEditable(t.sheet, "RangeFont.bold");
      eachCell(t.rects, (row, col) =>
        updateCell(t.sheet, row, col, (c) => {
          c.bold = v;
        }),
      );
    },
  },
};

/** Only bold is modelled; a range whose cells differ reads null, as Excel does. */
export class FakeRangeFont extends FakeObject<AreasTarget> implements Surface<Excel.RangeFont, "bold"> {
  readonly _type = "RangeFont";
  declare bold: boolean;

  protected _props(): PropSpecs<AreasTarget> {
    return FONT_PROPS;
  }
}
defineScalars(FakeRangeFont, FONT_PROPS);

export const STANDARD_WIDTH = 64;

const FORMAT_PROPS: PropSpecs<AreasTarget> = {
  columnWidth: {
    api: "1.2",
    get: (t) => {
      const widths = new Set<number>();
      for (const r of t.rects) for (let c = r.left; c <= r.right && widths.size < 2; c++) widths.add(t.sheet.columnWidths.get(c) ?? STANDARD_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    },
    set: (t, v) => {
      if (typeof v !== "number" || !(v >= 0)) throw officeError("InvalidArgument", "columnWidth must be a non-negative number");
      assertEditable(t.sheet, "RangeFormat.columnWidth");
      for (const r of t.rects) for (let c = r.left; c <= r.right; c++) t.sheet.columnWidths.set(c, v);
    },
  },
};

export class FakeRangeFormat extends FakeObject<AreasTarget> implements Surface<Excel.RangeFormat, "fill" | "font" | "columnWidth" | "autofitColumns"> {
  readonly _type = "RangeFormat";
  declare columnWidth: number;

  protected _props(): PropSpecs<AreasTarget> {
    return FORMAT_PROPS;
  }

  protected override _nav(name: string): FakeObject<unknown> | undefined {
    if (name === "fill") return this.fill;
    return name === "font" ? this.font : undefined;
  }

  get fill(): FakeRangeFill {
    return this._navChild("fill", undefined, (p, n, a) => new FakeRangeFill(p.context, p, n, a, (t) => t as AreasTarget));
  }

  get font(): FakeRangeFont {
    return this._navChild("font", undefined, (p, n, a) => new FakeRangeFont(p.context, p, n, a, (t) => t as AreasTarget));
  }

  /** Widens columns to their longest text (roughly 7 points per character). */
  autofitColumns(): void {
    this._call("autofitColumns", [], "1.2", (t) => {
      for (const r of t.rects) {
        for (let c = r.left; c <= r.right; c++) {
          let longest = 0;
          for (const [key, cell] of t.sheet.cells) if (key % 16_384 === c) longest = Math.max(longest, String(cell.value).length);
          t.sheet.columnWidths.set(c, Math.max(STANDARD_WIDTH, longest * 7));
        }
      }
    });
  }
}
defineScalars(FakeRangeFormat, FORMAT_PROPS);
