// styles.xml (ECMA-376 Part 1 §18.8.39 styleSheet): the number format code of each cell
// format (§18.8.10 cellXfs, an xf's numFmtId), from the workbook's own formats (§18.8.31
// numFmts) or the built-in table (§18.8.30). A cell's `s` is an index into cellXfs.
import { builtInFormat } from "./builtinFormats";
import { parsePart } from "./xml";
import type { ZipDirectory, ZipEntry } from "./zip";

/** Each cell format's number format code; null for General (nothing to know). */
export type CellFormats = (string | null)[];

export function readCellFormats(zip: ZipDirectory, entry: ZipEntry): CellFormats {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  // Differential formats (dxfs) hold numFmt elements too; only the workbook's list counts.
  let inNumFmts = false;
  parsePart(zip, entry, {
    open(name, attributes, selfClosing) {
      if (name === "numFmts") inNumFmts = !selfClosing;
      else if (name === "numFmt" && inNumFmts && attributes.formatCode !== undefined) custom.set(Number(attributes.numFmtId), attributes.formatCode);
      else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "xf" && inCellXfs) ids.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
      else if (name === "numFmts") inNumFmts = false;
    },
  });
  return ids.map((id) => {
    const code = custom.get(id) ?? builtInFormat(id);
    return code === null || code === "General" ? null : code;
  });
}
