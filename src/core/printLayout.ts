// How the sheets pledge-check writes (요약, 검토 결과, 이행률 채우기 기록) print: landscape,
// one page wide and as many pages down as it takes (a row is never split across pages),
// the title rows repeated on every page, and an autofilter on the table's header so a
// reviewer can narrow the rows first. Both adapters apply the same layout.
import { toA1 } from "./address";

export interface PrintLayout {
  orientation: "landscape";
  /** Pages across: 1, so every column of a row lands on the same page. */
  pagesWide: 1;
  /** Pages down: 0 means as many as needed. */
  pagesTall: 0;
  /** Rows printed at the top of every page, 0-based and inclusive: from the top down to the header. */
  titleRows: { first: number; last: number };
  /** The header row and the rows under it, 0-based inclusive; null when there is no row to filter. */
  filter: { top: number; left: number; bottom: number; right: number } | null;
}

/**
 * A table whose header is at `headerRow` (0-based) with `rows` data rows under it and
 * `width` columns from column A. Everything above the header (a title, a marker) repeats
 * with it on every page.
 */
export function printLayout(headerRow: number, rows: number, width: number): PrintLayout {
  return {
    orientation: "landscape",
    pagesWide: 1,
    pagesTall: 0,
    titleRows: { first: 0, last: headerRow },
    filter: rows > 0 && width > 0 ? { top: headerRow, left: 0, bottom: headerRow + rows, right: width - 1 } : null,
  };
}

/** The repeated rows as Excel writes them in a print title: `$1:$3`. */
export function titleRowsA1(layout: PrintLayout): string {
  return `$${layout.titleRows.first + 1}:$${layout.titleRows.last + 1}`;
}

/** The filtered range, `A3:L20`, or null. */
export function filterA1(layout: PrintLayout): string | null {
  const f = layout.filter;
  return f ? `${toA1(f.top, f.left)}:${toA1(f.bottom, f.right)}` : null;
}

/**
 * The 요약 sheet: its first header row heads the pledge table, which runs until the first
 * empty row; the totals and the 분야·부서 blocks below are not filtered.
 */
export function summaryPrintLayout(plan: { values: readonly (readonly unknown[])[]; headerRows: readonly number[] }): PrintLayout {
  const header = plan.headerRows[0] ?? 0;
  let rows = 0;
  while (plan.values[header + 1 + rows]?.some((v) => v !== null && v !== "")) rows++;
  return printLayout(header, rows, plan.values[header]?.length ?? 0);
}
