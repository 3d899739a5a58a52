// The write batch of 요약 시트 만들기: the core's 요약 plan on a fresh sheet — values
// (text as text), rate cells at the chosen precision (the cells keep full values), bold
// header rows, column widths, colour scales on the rate columns, a link per pledge and a
// chart of the mean rate by 분야. Queued here, sent in one sync by the caller. Only the
// 요약 sheet is touched: pledge-check's earlier one is deleted first, in the same batch.
import { columnLetters, parseA1, summaryPrintLayout, type SummarySheetPlan } from "../core";
import { findSheet, type Outline } from "./outline";
import { applyPrintLayout, linkTo, writeTable, type TableValue } from "./table";

export interface SummaryTarget {
  name: string;
  /** Pledge-check's earlier 요약 of that name, replaced in its tab position. */
  replaces: boolean;
}

export const CHART_NAME = "분야별 평균 이행률";

/** The plan's colour scale (the same stops as the command line's 요약.xlsx). */
function rateScale(plan: SummarySheetPlan): Excel.ConditionalColorScaleCriteria {
  const [minimum, midpoint, maximum] = plan.rateScale.map((stop): Excel.ConditionalColorScaleCriterion => ({ type: "Number", formula: String(stop.value), color: stop.color }));
  return { minimum, midpoint, maximum };
}

/** The chart covers this many columns and rows from its anchor. */
const CHART_SPAN = { cols: 8, rows: 16 };

/** Excel's column width in characters (the plan's unit) as points, the unit Office sets. */
export function widthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** Every cell of "B4" or "F4:F9", 0-based. */
function cellsOf(range: string): { row: number; col: number }[] {
  const [first, last = first] = range.split(":");
  const a = parseA1(first);
  const b = parseA1(last);
  if (!a || !b) return [];
  const cells: { row: number; col: number }[] = [];
  for (let row = a.row; row <= b.row; row++) for (let col = a.col; col <= b.col; col++) cells.push({ row, col });
  return cells;
}

function valueAt(plan: SummarySheetPlan, at: { row: number; col: number } | null): TableValue {
  return at ? (plan.values[at.row]?.[at.col] ?? null) : null;
}

/** Rate cells in the plan's rate format, text as text, numbers General, blanks untouched. */
function formatter(plan: SummarySheetPlan): (value: TableValue, row: number, col: number) => string | null {
  const rates = new Set(plan.rateRanges.flatMap(cellsOf).map(({ row, col }) => `${row},${col}`));
  return (value, row, col) => {
    if (rates.has(`${row},${col}`)) return plan.rateFormat;
    if (typeof value === "number") return "General";
    return value === null || value === "" ? null : "@";
  };
}

/** A column chart of the 분야 block's means; none when no 분야 has a mean to plot. */
function addChart(sheet: Excel.Worksheet, plan: SummarySheetPlan): void {
  const spec = plan.chart;
  const means = spec ? cellsOf(spec.values) : [];
  if (!spec || !means.some((at) => typeof valueAt(plan, at) === "number")) return;
  const values = sheet.getRange(spec.values);
  const chart = sheet.charts.add("ColumnClustered", values, "Columns");
  // Set the series outright: Excel would take an empty first cell for a series name.
  const series = chart.series.getItemAt(0);
  series.setValues(values);
  series.setXAxisValues(sheet.getRange(spec.categories));
  // The block's header over the means: "평균 이행률 (%)".
  series.name = String(valueAt(plan, { row: means[0].row - 1, col: means[0].col }) ?? spec.title);
  chart.name = CHART_NAME;
  chart.title.text = spec.title;
  chart.legend.visible = false;
  const anchor = parseA1(spec.anchor);
  if (anchor) chart.setPosition(spec.anchor, `${columnLetters(anchor.col + CHART_SPAN.cols - 1)}${anchor.row + CHART_SPAN.rows}`);
}

export function queueSummarySheet(context: Excel.RequestContext, outline: Outline, target: SummaryTarget, plan: SummarySheetPlan, pageLayout: boolean): void {
  const old = target.replaces ? findSheet(outline, target.name) : undefined;
  old?.proxy.delete();
  const sheet = context.workbook.worksheets.add(target.name);
  if (old) sheet.position = outline.sheets.indexOf(old);

  const width = Math.max(...plan.values.map((row) => row.length), plan.columnWidths.length);
  writeTable(sheet, plan.values, width, formatter(plan));
  for (const row of plan.headerRows) sheet.getRangeByIndexes(row, 0, 1, Math.max(1, plan.values[row].length)).format.font.bold = true;
  plan.columnWidths.forEach((characters, col) => {
    const letters = columnLetters(col);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(characters);
  });
  sheet.freezePanes.freezeRows((plan.headerRows[0] ?? 0) + 1);
  for (const range of plan.conditionalRanges) sheet.getRange(range).conditionalFormats.add("ColorScale").colorScale.criteria = rateScale(plan);
  for (const link of plan.links) linkTo(sheet.getRange(link.cell), link.sheet, link.target, String(valueAt(plan, parseA1(link.cell)) ?? link.target));
  addChart(sheet, plan);
  applyPrintLayout(sheet, summaryPrintLayout(plan), pageLayout);
  sheet.activate();
}
