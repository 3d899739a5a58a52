// Pledge numbers in the forms cities use: `6-3-3` (분야-과제-세부), `1-1`, `공약 3`, `경제-01`,
// `Ⅰ-2-3`, as written on a card or in a sheet name. The 분야 (sector) is the first part of a
// number with two or more parts.
import { memo, normalize } from "../text";

export interface PledgeNumber {
  /** The number as written (NFKC: `Ⅰ` → `I`); all-digit parts lose leading zeros (`06-3-3` → `6-3-3`). */
  id: string;
  /** First part (`6`, `경제`, Roman `Ⅰ` → `1`); "" when the number has one part. */
  sector: string;
  /** Text after the number on the same cell, trimmed; "" when none. */
  rest: string;
}

const ROMAN: Record<string, number> = { Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4, Ⅴ: 5, Ⅵ: 6, Ⅶ: 7, Ⅷ: 8, Ⅸ: 9, Ⅹ: 10, Ⅺ: 11, Ⅻ: 12 };
const ROMAN_ASCII: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };
const DASH = "[-‐–—_]";
// A marker or the word 공약(번호) may come first: `□ 6-3-3`, `공약번호: 1-1`.
const LEAD = "^(?:[#□■○●◆◇※*>▶\\-\\s]|\\[|공약(?:번호)?\\s*:?)*?";
const FIRST = "(\\d{1,2}|[Ⅰ-Ⅻ]|(?:VIII|VII|VI|IV|IX|III|II|I|X|V)(?=\\s*[-‐–—_.]\\s*\\d)|[가-힣]{1,6}(?=\\s*[-‐–—_]\\s*\\d))";
const MORE = `((?:\\s*${DASH}\\s*\\d{1,3}){1,3})`;
// The number ends at a space, a closing mark or the end: `사업비-3억` is not a number.
const END = "(?=[\\s.)\\]]|$)\\s*[.)\\]]?\\s*(.*)$";
const MULTI = new RegExp(`${LEAD}${FIRST}${MORE}${END}`);
// `공약 3`, `공약3.`, `공약 제3호`: a single serial number after the word 공약.
const SERIAL = /^(?:[#□■○●◆◇※*>▶\s]|\[)*공약\s*(?:번호)?\s*:?\s*제?\s*(\d{1,3})\s*호?(?![\d.]*\d)(?!\s*[-‐–—_]\s*\d)\s*[.)\]]?\s*(.*)$/;

function sectorOfFirst(first: string): string {
  if (ROMAN[first] !== undefined) return String(ROMAN[first]);
  if (ROMAN_ASCII[first] !== undefined) return String(ROMAN_ASCII[first]);
  return /^\d+$/.test(first) ? String(+first) : first;
}

/** The pledge number at the start of a heading, or null (a year or a date is not a number). */
export const parsePledgeNumber = memo((raw: string): PledgeNumber | null => {
  const text = normalize(raw); // NFKC turns Ⅰ into I: read as ASCII Roman below
  if (/^\d{4}/.test(text) || /^\d{1,4}\s*[.년]\s*\d{1,2}\s*[.월]/.test(text)) return null;
  const serial = SERIAL.exec(text);
  if (serial) return { id: `공약 ${+serial[1]}`, sector: "", rest: serial[2].trim() };
  const m = MULTI.exec(text);
  if (!m) return null;
  const parts = m[2].split(/[-‐–—_]/).map((p) => p.trim()).filter((p) => p !== "");
  const first = m[1];
  const allDigits = /^\d+$/.test(first) && parts.every((p) => /^\d+$/.test(p));
  const written = allDigits ? [String(+first), ...parts.map((p) => String(+p))] : [first, ...parts];
  return { id: written.join("-"), sector: sectorOfFirst(first), rest: m[3].trim() };
});

/** The 분야 of a pledge number as kept on a Pledge: `6` of `6-3-3`, `경제` of `경제-01`, `1` of `Ⅰ-2-3`; "" when there is none. */
export function sectorOf(id: string | null): string {
  if (!id) return "";
  return parsePledgeNumber(id)?.sector ?? "";
}
