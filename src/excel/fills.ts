// A cell's fill as the adapter remembers it, so clearing puts back exactly what was
// there — including "no fill", which Office reports with the same colour as white.
export interface Fill {
  color: string;
  /** Excel's FillPattern name; "Solid" for an ordinary fill. */
  pattern: string;
  patternColor?: string;
  /** A theme colour's tint or shade, -1 … 1 (ExcelApi 1.9); absent for the colour itself. */
  tintAndShade?: number;
}

/** null is "no fill". */
export type OriginalFill = Fill | null;

/** From range.getCellProperties (ExcelApi 1.9): pattern "None" (or no tint on white) is no fill. */
export function fillFromCellProperties(props: Excel.CellPropertiesFill | undefined): OriginalFill {
  if (!props) return null;
  const color = (props.color ?? "#FFFFFF").toUpperCase();
  if (props.pattern === "None") return null;
  if (props.pattern == null && color === "#FFFFFF" && props.tintAndShade == null) return null;
  const pattern = props.pattern ?? "Solid";
  // Theme colours carry a tint (RangeFill.tintAndShade, ExcelApi 1.9); kept so a cleared cell gets exactly its colour back.
  const tint = typeof props.tintAndShade === "number" && props.tintAndShade !== 0 ? { tintAndShade: props.tintAndShade } : {};
  return pattern === "Solid" ? { color, pattern, ...tint } : { color, pattern, patternColor: props.patternColor, ...tint };
}

/**
 * From range.format.fill.color alone (ExcelApi 1.7): "no fill" and a white fill both
 * read "#FFFFFF", so white is remembered as no fill — the same look once restored.
 */
export function fillFromColor(color: string | null): OriginalFill {
  if (!color || color.toUpperCase() === "#FFFFFF") return null;
  return { color: color.toUpperCase(), pattern: "Solid" };
}

export function fillKey(fill: OriginalFill): string {
  return fill ? `${fill.color}|${fill.pattern}|${fill.patternColor ?? ""}|${fill.tintAndShade ?? 0}` : "none";
}
