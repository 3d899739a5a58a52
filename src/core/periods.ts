// Period headers (`2023`, `2026. 6.`) and the as-of line (`2025. 6. 30. 기준`).
import type { CellValue, Period } from "./types";
import { cellText, memo } from "./text";

function month(year: number, m: number): string {
  return `${year}-${String(m).padStart(2, "0")}`;
}

/** Dates a period header; start/end null when the header is not a year we can read. */
export function parsePeriod(raw: CellValue): Period {
  return parseLabel(cellText(raw));
}

// Every card repeats the same headers; callers never mutate the result.
const parseLabel = memo((label: string): Period => {
  // `2022`, `2022년`, `2022.`, `'22`, `2026. 6.`, `2026년 6월`, `'26.6.`, `2026.6` (a number).
  const text = label.replace(/\s+/g, "").replace(/^[([]|[)\]]$/g, "");
  const m = /^(?:(\d{4})|['’‘`](\d{2}))(?:년|\.)?(?:(\d{1,2})(?:월|\.)?(?:\d{1,2}\.?)?)?$/.exec(text.replace(/[-/]/g, "."));
  if (!m) return { label, start: null, end: null };
  const year = m[1] !== undefined ? +m[1] : 2000 + +m[2];
  if (year < 1990 || year > 2100) return { label, start: null, end: null };
  if (m[3] === undefined) return { label, start: month(year, 1), end: month(year, 12) };
  if (+m[3] < 1 || +m[3] > 12) return { label, start: null, end: null };
  return { label, start: month(year, 1), end: month(year, +m[3]) };
});

const AS_OF = /(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*[.일]?\s*(?:기준|현재)/;

/** The as-of date in a cell such as `2025. 6. 30. 기준`, as yyyy-mm-dd. */
export function parseAsOf(raw: CellValue): string | null {
  const m = AS_OF.exec(cellText(raw));
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The period started after the as-of date (its entries are not due yet). */
export function startsAfter(period: Period, asOf: string): boolean {
  return period.start !== null && period.start > asOf.slice(0, 7);
}

/** The period ended before the as-of month began. */
export function endedBefore(period: Period, asOf: string): boolean {
  return period.end !== null && period.end < asOf.slice(0, 7);
}

/**
 * The period was over at the as-of date: its last day (31 December for a year, 30 June for
 * `2026. 6.`) is on or before it. Compare's rule for a rewritten past target or actual.
 */
export function endedBy(period: Period, asOf: string): boolean {
  if (period.end === null) return false;
  const [year, month] = period.end.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${period.end}-${String(lastDay).padStart(2, "0")}` <= asOf;
}
