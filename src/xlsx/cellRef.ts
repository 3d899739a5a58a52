// A cell reference as the file writes it ("B12", ECMA-376 Part 1 §18.18.62 ST_CellRef),
// read without a regular expression: it is asked of every cell.

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/** "B12" → { row: 11, col: 1 }; null when it is not a reference inside the sheet. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else break;
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + code - 48;
  }
  if (row < 1 || row - 1 > MAX_ROW || col - 1 > MAX_COL) return null;
  return { row: row - 1, col: col - 1 };
}
