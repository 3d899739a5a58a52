// A shared formula's text moved from its master cell to a clone (ECMA-376 Part 1 §18.3.1.40
// f, t="shared": the clone's formula is the master's with relative references offset by the
// distance between them). Only A1 references move; `$` parts, text in quotes, quoted sheet
// names and function names stay. This is formula text, not XML.
import { columnLetters } from "../core";

/** A reference (optionally $-anchored) not part of a longer name nor a function call. */
const REFERENCE = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!])/g;

export function shiftFormula(text: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return text;
  // Quoted text ("…") and quoted sheet names ('…') are copied untouched.
  return text
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((piece, index) => (index % 2 === 1 ? piece : piece.replace(REFERENCE, (_, before: string, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
      const col = colAnchor ? columnIndex(letters) : columnIndex(letters) + cols;
      const row = rowAnchor ? Number(digits) : Number(digits) + rows;
      if (col < 0 || row < 1) return `${before}#REF!`;
      return `${before}${colAnchor}${columnLetters(col)}${rowAnchor}${row}`;
    })))
    .join("");
}

function columnIndex(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + letters.charCodeAt(i) - 64;
  return col - 1;
}
