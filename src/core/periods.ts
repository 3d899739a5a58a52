// Period headers and the as-of line. Every period label is an interval, its first and last
// day (yyyy-mm-dd): a year, a half, a quarter, a month or a day (the term's last column
// `2026. 6.` runs from January to the end of June), or a range `'22.7.~'22.12.`. In a header
// row a bare `하반기` or `2/4분기` takes the year before it, and a period dated only by its end
// starts after the period before it. The words are in src/core/rules/periodWords.ts.
import type { CellValue, Period } from "./types";
import { cellText, compact, memo } from "./text";
import { AS_OF_WORDS, HALF_WORDS, QUARTER_PATTERN, RANGE_MARKS } from "./rules/periodWords";

interface Point {
  year: number;
  month: number | null;
  day: number | null;
}

interface Dated {
  start: string;
  end: string;
  /** How it was written: `toDate` is dated by its end only (`2026. 6.`), its start is the year's. */
  form: "year" | "toDate" | "part" | "range";
  year: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const YEAR = "(?:(\\d{4})|['’‘`](\\d{2})|(\\d{2})(?=년))";
const SEP = "(?:년|\\.|-|/)?";
const POINT = new RegExp(`^${YEAR}${SEP}(?:(\\d{1,2})(?:월|\\.|-|/)?(?:(\\d{1,2})(?:일|\\.)?)?)?$`);
const MONTH_ONLY = /^(\d{1,2})(?:월|\.)?(?:(\d{1,2})(?:일|\.)?)?$/;
const YEAR_PREFIX = new RegExp(`^${YEAR}?${SEP}(.+)$`);

function yearOf(m: RegExpExecArray): number {
  return m[1] !== undefined ? +m[1] : 2000 + +(m[2] ?? m[3]);
}

function valid(p: Point): Point | null {
  if (p.year < 1990 || p.year > 2100) return null;
  if (p.month !== null && (p.month < 1 || p.month > 12)) return null;
  if (p.day !== null && (p.month === null || p.day < 1 || p.day > lastDay(p.year, p.month))) return null;
  return p;
}

/** One end written as a date: `2022`, `'22.7.`, `2022. 7. 1.`, `2022-07-01`; `12.` or `7월` with a year known. */
function readPoint(text: string, year: number | null): Point | null {
  const m = POINT.exec(text);
  if (m) return valid({ year: yearOf(m), month: m[4] !== undefined ? +m[4] : null, day: m[5] !== undefined ? +m[5] : null });
  const bare = year === null ? null : MONTH_ONLY.exec(text);
  return bare ? valid({ year: year!, month: +bare[1], day: bare[2] !== undefined ? +bare[2] : null }) : null;
}

const first = (p: Point) => iso(p.year, p.month ?? 1, p.day ?? 1);
const last = (p: Point) => iso(p.year, p.month ?? 12, p.day ?? lastDay(p.year, p.month ?? 12));

/** A half or a quarter of a year: `상반기`, `2/4분기`, `Q3`; its months, or null. */
function partOfYear(rest: string): [number, number] | null {
  for (const half of [1, 2] as const) if (HALF_WORDS[half].includes(rest)) return half === 1 ? [1, 6] : [7, 12];
  const q = QUARTER_PATTERN.exec(rest);
  if (!q) return null;
  const n = +(q[1] ?? q[2] ?? q[3] ?? q[4]);
  return [3 * n - 2, 3 * n];
}

function readLabel(label: string, year: number | null): Dated | null {
  // `(2023)`, `2025-06-30T09:00:00Z` (a date cell with a time of day) read as their date.
  const text = compact(label).toLowerCase().replace(/^[([]|[)\]]$/g, "").replace(/^(\d{4}-\d{2}-\d{2})t[\d:.]+z?$/, "$1");
  if (text === "") return null;
  const range = text.split(RANGE_MARKS);
  if (range.length === 2) {
    const from = readPoint(range[0], year);
    const to = from && readPoint(range[1], from.year);
    if (!from || !to || first(from) > last(to)) return null;
    return { start: first(from), end: last(to), form: "range", year: to.year };
  }
  if (range.length > 2) return null;
  // `2025.1/4` is a quarter, not 4 January: one `/` before a final 4 writes a quarter.
  const quarterFirst = /\/4(?:분기)?$/.test(text) && text.indexOf("/") === text.lastIndexOf("/");
  // A date cell on the 1st of a month (`2026-06-01`) is what Excel makes of `2026. 6.`: that month.
  const monthCell = /^\d{4}-\d{2}-01$/.test(text) ? text.slice(0, 7) : null;
  const point = quarterFirst ? null : readPoint(monthCell ?? text, null);
  if (point) {
    if (point.month === null) return { start: first(point), end: last(point), form: "year", year: point.year };
    return { start: iso(point.year, 1, 1), end: last(point), form: "toDate", year: point.year };
  }
  const m = YEAR_PREFIX.exec(text);
  const part = m ? partOfYear(m[4]) : null;
  if (!m || !part) return null;
  const y = m[1] !== undefined || m[2] !== undefined || m[3] !== undefined ? yearOf(m) : year;
  if (y === null || y < 1990 || y > 2100) return null;
  return { start: iso(y, part[0], 1), end: iso(y, part[1], lastDay(y, part[1])), form: "part", year: y };
}

const readAlone = memo((label: string): Dated | null => readLabel(label, null));

/** Dates one period header on its own (no header row around it). */
export function parsePeriod(raw: CellValue): Period {
  const label = cellText(raw);
  const d = readAlone(label);
  return { label, start: d?.start ?? null, end: d?.end ?? null };
}

/**
 * Dates a header row's periods in order: a bare half or quarter takes the year before it
 * (the next year when that would not come after the period before it), and a period dated
 * by its end only starts the day after the period before it.
 */
export function parsePeriods(raws: readonly CellValue[]): Period[] {
  let year: number | null = null;
  let previousEnd: string | null = null;
  return raws.map((raw) => {
    const label = cellText(raw);
    let d = readAlone(label);
    if (!d && year !== null) {
      d = readLabel(label, year);
      if (d && d.form === "part" && previousEnd !== null && d.start <= previousEnd) d = readLabel(label, year + 1) ?? d;
    }
    if (!d) return { label, start: null, end: null };
    let start = d.start;
    if (d.form === "toDate" && previousEnd !== null && previousEnd < d.end && dayAfter(previousEnd) > start) start = dayAfter(previousEnd);
    year = d.year;
    previousEnd = d.end;
    return { label, start, end: d.end };
  });
}

/** The first dated period that does not start after the dated period before it (out of order or overlapping); -1 when in order. */
export function periodOutOfOrder(periods: readonly Period[]): number {
  let end: string | null = null;
  for (const [i, p] of periods.entries()) {
    if (p.start === null || p.end === null) continue;
    if (end !== null && p.start <= end) return i;
    end = p.end;
  }
  return -1;
}

const AS_OF = new RegExp(`(\\d{4})\\s*[.\\-/년]\\s*(\\d{1,2})\\s*[.\\-/월]\\s*(\\d{1,2})\\s*[.일]?\\s*(?:${AS_OF_WORDS.join("|")})`);

/** The as-of date in a cell such as `2025. 6. 30. 기준`, as yyyy-mm-dd. */
export function parseAsOf(raw: CellValue): string | null {
  const m = AS_OF.exec(cellText(raw));
  if (!m) return null;
  const p = valid({ year: +m[1], month: +m[2], day: +m[3] });
  return p ? first(p) : null;
}

/** A date on its own in a cell (a date cell reaches the core as ISO text; `2025. 6. 30.` typed), as yyyy-mm-dd. */
export function parseDate(raw: CellValue): string | null {
  const text = compact(cellText(raw)).toLowerCase().replace(/^(\d{4}-\d{2}-\d{2})t[\d:.]+z?$/, "$1");
  const p = POINT.exec(text);
  if (!p || p[5] === undefined || p[1] === undefined) return null;
  const point = valid({ year: yearOf(p), month: +p[4], day: +p[5] });
  return point ? first(point) : null;
}

/** The period starts after the as-of date: its entries are not due yet. */
export function startsAfter(period: Period, asOf: string): boolean {
  return period.start !== null && period.start > asOf;
}

/** The period is over at the as-of date: it ended on or before that day. */
export function isOver(period: Period, asOf: string): boolean {
  return period.end !== null && period.end <= asOf;
}

/** Compare's name for the same rule (a rewritten past target or actual): the period is over at the as-of date. */
export const endedBy = isOver;
