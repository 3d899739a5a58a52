// 연도별 투자 계획 tables laid out as departments keep them: a title, the unit line, a two-row
// heading (임기내 merged over 소계 and the years), one block per 사업 with its name merged down
// the block and rows by 재원. Used by the tests and the demo; placed below a card, above it,
// or on a sheet of its own.
import type { CellValue, MergedArea, SheetGrid } from "../core/types";

export interface InvestmentRowSpec {
  label: string;
  /** In column order: 총계, 기 투자, 소계, the years, 임기후 (those the table has). */
  values: CellValue[];
}

export interface InvestmentSpec {
  unit: string | null;
  /** Leave out the 기 투자 / 임기후 columns, or the 소계 (years only). */
  before?: boolean;
  after?: boolean;
  subtotal?: boolean;
  years: number[];
  blocks: { name: string; rows: InvestmentRowSpec[] }[];
  /** Replace a heading cell's text (to make a table we cannot read). */
  heading?: { column: number; text: string };
}

/** The seed card 7-2-3's table (test/fixtures/seeds/card-7-2-3.txt). */
export function seedInvestment723(): InvestmentSpec {
  const zero = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  return {
    unit: "백만원",
    years: [2022, 2023, 2024, 2025, 2026],
    blocks: [
      {
        name: "'뜻세움'운영 활성화",
        rows: [
          { label: "총 계", values: [75.4, 0, 75.4, 0, 33, 18.5, 13.2, 10.7, 0] },
          { label: "국 비", values: [...zero] },
          { label: "도 비", values: [...zero] },
          { label: "시 비", values: [75.4, 0, 75.4, 0, 33, 18.5, 13.2, 10.7, 0] },
          { label: "기 타", values: [...zero] },
          { label: "집행액", values: [42, 0, 42, 0, 33, 0, 9, 0, 0] },
        ],
      },
    ],
  };
}

/** The table's rows and merges, starting at row 0, column 0 (사업 column first). */
export function investmentRows(spec: InvestmentSpec): { rows: CellValue[][]; merges: MergedArea[] } {
  const before = spec.before ?? true;
  const after = spec.after ?? true;
  const subtotal = spec.subtotal ?? true;
  const top: CellValue[] = ["연도별 사업별", "재원", "총계", ...(before ? ["기 투자"] : [])];
  const sub: CellValue[] = [null, null, null, ...(before ? [null] : [])];
  const termFrom = top.length;
  const termCols = (subtotal ? 1 : 0) + spec.years.length;
  top.push("임기내", ...new Array<CellValue>(termCols - 1).fill(null));
  sub.push(...(subtotal ? ["소계"] : []), ...spec.years.map(String));
  if (after) {
    top.push("임기후 투 자");
    sub.push(null);
  }
  if (spec.heading) top[spec.heading.column] = spec.heading.text;
  const width = top.length;
  const unitLine = new Array<CellValue>(width).fill(null);
  if (spec.unit) unitLine[width - 1] = `(단위 : ${spec.unit})`;
  const rows: CellValue[][] = [["< 연도별 투자 계획 >"], [], unitLine, top, sub];
  const merges: MergedArea[] = [{ top: 3, bottom: 3, left: termFrom, right: termFrom + termCols - 1 }];
  for (let c = 0; c < width; c++) if (c < termFrom || c >= termFrom + termCols) merges.push({ top: 3, bottom: 4, left: c, right: c });
  for (const block of spec.blocks) {
    const first = rows.length;
    block.rows.forEach((r, i) => rows.push([i === 0 ? block.name : null, r.label, ...r.values]));
    merges.push({ top: first, bottom: rows.length - 1, left: 0, right: 0 });
  }
  return { rows, merges };
}

/** The table placed at (row, col) of a grid, below whatever it holds. */
export function withInvestment(grid: SheetGrid, spec: InvestmentSpec, at: { row: number; col?: number } = { row: grid.values.length + 2 }): SheetGrid {
  const { rows, merges } = investmentRows(spec);
  const col = at.col ?? 0;
  const values = grid.values.map((r) => [...r]);
  rows.forEach((r, i) => {
    const line = values[at.row + i] ?? [];
    r.forEach((v, c) => (line[col + c] = v));
    values[at.row + i] = line;
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  const width = Math.max(...values.map((r) => r.length));
  return {
    ...grid,
    values: values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)),
    merges: [...grid.merges, ...merges.map((m) => ({ top: m.top + at.row, bottom: m.bottom + at.row, left: m.left + col, right: m.right + col }))],
  };
}

/** The table on a sheet of its own, under a heading naming the pledge. */
export function investmentSheet(name: string, heading: string, spec: InvestmentSpec): SheetGrid {
  return withInvestment({ name, values: [[heading]], merges: [] }, spec, { row: 2 });
}
