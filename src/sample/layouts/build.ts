// Cards described in words and numbers, laid out the ways departments keep them (issue 8).
// A description gives each indicator's annual values; the builder writes them in the
// chosen shape: row pairs `8(16)`, four rows, an extra 달성률 row, two columns per year,
// cumulatives only. Used by the layout corpus tests and the benchmark.
import type { CellValue, MergedArea, SheetGrid } from "../../core/types";

/** A period's annual value: a number, `null` = nothing this period (`-`), `undefined` = not yet due (blank). */
export type Annual = number | null | undefined;

export interface LayoutIndicator {
  name: string;
  unit: string;
  target: Annual[];
  actual: Annual[];
  rate: CellValue;
  /** Levels (공정률): values are written as they stand, never as running totals. */
  levels?: boolean;
  /** Written as they stand in the target/actual rows (stage words), any shape. */
  words?: { target: CellValue[]; actual: CellValue[] };
  /** Kept in hidden rows. */
  hidden?: boolean;
}

export type Shape = "pairs" | "rate-row" | "four-rows" | "columns" | "cumulative-only" | "cumulative-rows" | "wide";

export interface LayoutCard {
  sheet: string;
  /** The heading row's cells: `["6-3-3 제목"]`, `[3, "제목"]`, `["제목"]`. */
  heading: CellValue[];
  department: string;
  status: string;
  headline: CellValue;
  asOf: string;
  periods: CellValue[];
  indicators: LayoutIndicator[];
  pledgeRate: CellValue;
  shape: Shape;
  labels?: { target: string; actual: string };
  /** The actual row above the target row. */
  actualFirst?: boolean;
  /** Replace one written cell after layout: [indicator, role, period, value]. */
  typo?: { indicator: number; role: "target" | "actual"; period: number; value: CellValue; column?: "annual" | "cumulative" };
}

export interface Built extends SheetGrid {
  /** Where each indicator's cells went, for tests: [indicator][role][period] → [row, col]. */
  cells: Record<"target" | "actual", [number, number][]>[];
}

function cumulate(values: Annual[]): (number | undefined)[] {
  let total = 0;
  return values.map((v) => {
    if (v === undefined) return undefined;
    total += v ?? 0;
    return total;
  });
}

const dash = (v: Annual) => (v === null ? "-" : v === undefined ? "" : String(v));

function pairCell(a: Annual, c: number | undefined): CellValue {
  if (a === undefined) return "";
  return a === null ? (c ? `-(${c})` : "-") : `${a}(${c})`;
}

/** The four rows above the table: heading, card line, a blank row, the table title with its as-of line. */
function cardTop(card: LayoutCard, width: number): CellValue[][] {
  const rateCol = width - 1;
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const heading = blank();
  card.heading.forEach((v, i) => (heading[i] = v));
  const line = blank();
  [line[0], line[1], line[2], line[3], line[rateCol - 1], line[rateCol]] = ["주관부서", card.department, "추진상황", card.status, "이행률", card.headline];
  const title = blank();
  title[0] = "< 공약달성 확인지표 >";
  title[rateCol] = `${card.asOf} 기준`;
  return [heading, line, blank(), title];
}

/** The closing 공약 이행률 row, its label merged up to the rate column. */
function addClosing(card: LayoutCard, rows: CellValue[][], merges: MergedArea[], width: number): void {
  const closing = new Array<CellValue>(width).fill(null);
  closing[0] = "공약 이행률 (각 지표 이행률의 평균으로 산출)";
  closing[width - 1] = card.pledgeRate;
  merges.push({ top: rows.length, bottom: rows.length, left: 0, right: width - 2 });
  rows.push(closing);
}

export function buildLayoutCard(card: LayoutCard): Built {
  if (card.shape === "wide") return buildWide(card);
  const n = card.periods.length;
  const split = card.shape === "columns";
  const periodWidth = split ? 2 * n : n;
  const width = 3 + periodWidth + 1;
  const rateCol = width - 1;
  const rows: CellValue[][] = [];
  const merges: MergedArea[] = [];
  const hiddenRows: number[] = [];
  const cells: Built["cells"] = [];

  rows.push(...cardTop(card, width));

  const header = ["확인지표", "단위", "구분", ...(split ? card.periods.flatMap((p) => [p, null]) : card.periods), "이행률 (%)"];
  rows.push(header);
  if (split) {
    const top = rows.length - 1;
    rows.push([null, null, null, ...card.periods.flatMap(() => ["연간", "누계"]), null]);
    for (const c of [0, 1, 2, rateCol]) merges.push({ top, bottom: top + 1, left: c, right: c });
    card.periods.forEach((_, i) => merges.push({ top, bottom: top, left: 3 + 2 * i, right: 4 + 2 * i }));
  }

  const words = card.labels ?? { target: "목표 (누계)", actual: "이행 (누계)" };
  card.indicators.forEach((ind) => {
    const top = rows.length;
    const where: Built["cells"][number] = { target: [], actual: [] };
    cells.push(where);
    const roleRows: { role: "target" | "actual"; label: string; values: CellValue[]; cumulativeCol?: boolean }[] = [];
    for (const role of ["target", "actual"] as const) {
      const annual = ind[role];
      const totals = cumulate(annual);
      const label = role === "target" ? words.target : words.actual;
      const word = label.replace(/\s*\(.*\)$/, "");
      if (ind.words) {
        roleRows.push({ role, label, values: ind.words[role] });
      } else if (ind.levels) {
        roleRows.push({ role, label, values: annual.map((v) => (v === undefined ? "" : v)) });
      } else if (card.shape === "pairs" || card.shape === "rate-row") {
        roleRows.push({ role, label, values: annual.map((a, i) => pairCell(a, totals[i])) });
      } else if (card.shape === "four-rows") {
        roleRows.push({ role, label: `${word}(연간)`, values: annual.map(dash) });
        roleRows.push({ role, label: `${word}(누계)`, values: totals.map((t) => (t === undefined ? "" : t)), cumulativeCol: true });
      } else if (card.shape === "columns") {
        roleRows.push({ role, label: word, values: annual.flatMap((a, i) => [dash(a), totals[i] === undefined ? "" : (totals[i] as number)]) });
      } else if (card.shape === "cumulative-only") {
        roleRows.push({ role, label: `${word} (누계)`, values: totals.map((t) => (t === undefined ? "" : t)) });
      } else {
        roleRows.push({ role, label: `누계 ${word}`, values: totals.map((t) => (t === undefined ? "" : t)) });
      }
    }
    const ordered = card.actualFirst ? [...roleRows.filter((r) => r.role === "actual"), ...roleRows.filter((r) => r.role === "target")] : roleRows;
    if (card.shape === "rate-row") ordered.push({ role: "actual", label: "달성률 (%)", values: new Array(n).fill(null) });
    ordered.forEach((r, i) => {
      const row = [i === 0 ? ind.name : null, i === 0 ? ind.unit : null, r.label, ...r.values, i === 0 ? ind.rate : null];
      // Where a typo would go: the cumulative row/column in split shapes, else the one row.
      if (r.label !== "달성률 (%)") {
        const periodCols = split ? card.periods.map((_, p) => 3 + 2 * p + 1) : card.periods.map((_, p) => 3 + p);
        if (!(card.shape === "four-rows" && !r.cumulativeCol)) where[r.role] = periodCols.map((c) => [rows.length, c]);
      }
      if (ind.hidden) hiddenRows.push(rows.length);
      rows.push(row);
    });
    for (const c of [0, 1, rateCol]) merges.push({ top, bottom: rows.length - 1, left: c, right: c });
  });

  addClosing(card, rows, merges, width);
  if (card.typo) {
    const t = card.typo;
    const [r, c0] = cells[t.indicator][t.role][t.period];
    const c = split && t.column === "annual" ? c0 - 1 : c0;
    rows[r][c] = t.value;
  }
  return { name: card.sheet, values: rows, merges, hiddenRows, cells };
}

/** One row per indicator: `확인지표 | 단위 | 2022년 목표 | 2022년 실적 | … | 이행률 (%)`. */
function buildWide(card: LayoutCard): Built {
  const n = card.periods.length;
  const width = 2 + 2 * n + 1;
  const rows: CellValue[][] = [];
  const merges: MergedArea[] = [];
  const cells: Built["cells"] = [];
  const words = card.labels ?? { target: "목표", actual: "실적" };
  const year = (p: CellValue) => (/^\d{4}$/.test(String(p)) ? `${p}년` : String(p));
  rows.push(...cardTop(card, width), ["확인지표", "단위", ...card.periods.flatMap((p) => [`${year(p)} ${words.target}`, `${year(p)} ${words.actual}`]), "이행률 (%)"]);
  for (const ind of card.indicators) {
    const t = cumulate(ind.target);
    const a = cumulate(ind.actual);
    const row = rows.length;
    cells.push({ target: card.periods.map((_, p) => [row, 2 + 2 * p]), actual: card.periods.map((_, p) => [row, 3 + 2 * p]) });
    rows.push([ind.name, ind.unit, ...card.periods.flatMap((_, p) => [pairCell(ind.target[p], t[p]), pairCell(ind.actual[p], a[p])]), ind.rate]);
  }
  addClosing(card, rows, merges, width);
  if (card.typo) {
    const [r, c] = cells[card.typo.indicator][card.typo.role][card.typo.period];
    rows[r][c] = card.typo.value;
  }
  return { name: card.sheet, values: rows, merges, hiddenRows: [], cells };
}
