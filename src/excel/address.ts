// Addresses as Office wants them: sheet names quoted, cells without `$`.
import { parseA1, type MergedArea } from "../core";

/** `'6-3-3'!G7` — always quoted, which Excel accepts for any sheet name. */
export function sheetCell(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Splits an address list on commas outside quoted sheet names. */
function splitAreas(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** RangeAreas.address (`'6-3-3'!A1:I1,'6-3-3'!A6:A7`) as 0-based merged areas. */
export function mergedAreas(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const part of splitAreas(address)) {
    const local = part.slice(part.lastIndexOf("!") + 1).replace(/\$/g, "");
    const [a, b = a] = local.split(":");
    const from = parseA1(a);
    const to = parseA1(b);
    if (from && to) out.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
  }
  return out;
}
