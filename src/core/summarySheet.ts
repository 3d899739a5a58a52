// The 요약 sheet as cells: both adapters render this same plan, so the add-in and
// the command line give the same summary.
import type { CellValue, PrecisionSetting } from "./types";
import type { Summary, Group } from "./summary";
import { toA1, rangeA1 } from "./address";
import { DEFAULT_RULES, statusOrder, SUMMARY_MARKER, SUMMARY_SHEET_NAME, summaryDecimals as decimalsFor, type Rules } from "./rules";
import { rosterBlock } from "./roster";
import { investmentBlocks } from "./investment/summarySheet";

export { SUMMARY_MARKER, SUMMARY_SHEET_NAME } from "./rules";

export interface SummaryLink {
  cell: string;
  file: string | null;
  sheet: string;
  target: string;
}

export interface SummarySheetPlan {
  values: (string | number | null)[][];
  /** Rate cells: shown at the chosen precision, keeping the full value. */
  rateRanges: string[];
  rateFormat: string;
  /** Rate columns of the pledge table, for conditional formatting. */
  conditionalRanges: string[];
  /** Colour scale stops for those columns (value in %, colour #RRGGBB), the same in every summary. */
  rateScale: { value: number; color: string }[];
  links: SummaryLink[];
  /** Mean rate by 분야, for the chart. */
  chart: { title: string; categories: string; values: string; anchor: string } | null;
  headerRows: number[];
  columnWidths: number[];
}

/** Red → yellow → green over 0–100 %. */
export const RATE_SCALE = [
  { value: 0, color: "#F8696B" },
  { value: 50, color: "#FFEB84" },
  { value: 100, color: "#63BE7B" },
];

/** Decimals the 요약 shows rates at; `auto` takes the rules' summary precision (default 2, as evaluations publish 완료율: 40.46). */
export function summaryDecimals(setting: PrecisionSetting | undefined, rules: Rules = DEFAULT_RULES): number {
  return decimalsFor(setting, rules.summaryPrecision);
}

function rateFormat(precision: number): string {
  return precision > 0 ? `0.${"0".repeat(precision)}` : "0";
}

export function summarySheetPlan(summary: Summary, setting: PrecisionSetting | undefined, withFiles: boolean, rules: Rules = DEFAULT_RULES): SummarySheetPlan {
  const precision = summaryDecimals(setting, rules);
  const values: (string | number | null)[][] = [[SUMMARY_MARKER], []];
  const rateRanges: string[] = [];
  const headerRows: number[] = [];
  const links: SummaryLink[] = [];
  const lead = withFiles ? 1 : 0;

  const header = [...(withFiles ? ["파일"] : []), "번호", "공약명", "부서", "추진상황", "지표 수", "이행률 (계산)", "이행률 (보고)", "오류", "경고", "비고", "바로가기"];
  headerRows.push(values.length);
  values.push(header);
  const firstRow = values.length;
  for (const row of summary.rows) {
    const r = values.length;
    values.push([
      ...(withFiles ? [row.file] : []),
      row.id ?? "",
      row.title ?? "",
      row.department ?? "",
      row.statusName,
      row.indicators,
      row.rate,
      row.reportedRate,
      row.errors,
      row.warnings,
      row.mark ?? "",
      `${row.sheet}!${row.cell}`,
    ]);
    links.push({ cell: toA1(r, lead + 10), file: row.file, sheet: row.sheet, target: row.cell });
  }
  const lastRow = values.length - 1;
  const conditionalRanges =
    summary.rows.length > 0 ? [rangeA1(firstRow, lead + 5, lastRow, lead + 5), rangeA1(firstRow, lead + 6, lastRow, lead + 6)] : [];
  rateRanges.push(...conditionalRanges);

  const put = (row: (string | number | null)[], rateCols: number[] = []) => {
    const r = values.length;
    values.push(row);
    for (const c of rateCols) rateRanges.push(toA1(r, c));
  };
  values.push([]);
  headerRows.push(values.length);
  put(["합계"]);
  put(["공약 수", summary.pledges]);
  put(["완료율 (%)", summary.completionRate], [1]);
  put(["평균 이행률 (%)", summary.meanRate], [1]);
  put(["이행률 계산 불가 공약 수", summary.unrated]);

  values.push([]);
  headerRows.push(values.length);
  put(["추진상황", "공약 수"]);
  const statuses = Object.keys(summary.byStatus).sort((a, b) => statusOrder(a) - statusOrder(b) || a.localeCompare(b));
  for (const s of statuses) put([s === "" ? "(추진상황 없음)" : s, summary.byStatus[s]]);

  const groupBlock = (title: string, groups: Record<string, Group>, keys: string[], empty: string) => {
    values.push([]);
    headerRows.push(values.length);
    put([title, "공약 수", "평균 이행률 (%)", "계산 불가"]);
    const first = values.length;
    for (const k of keys) put([k === "" ? empty : k, groups[k].pledges, groups[k].meanRate, groups[k].unrated], [2]);
    return { first, last: values.length - 1 };
  };
  const sectorKeys = Object.keys(summary.bySector).sort((a, b) => (Number(a) || Infinity) - (Number(b) || Infinity) || a.localeCompare(b));
  const sectors = groupBlock("분야", summary.bySector, sectorKeys, "(번호 없음)");
  groupBlock("부서", summary.byDepartment, Object.keys(summary.byDepartment).sort((a, b) => a.localeCompare(b, "ko")), "(부서 없음)");
  if (summary.roster) {
    values.push([]);
    headerRows.push(values.length);
    for (const row of rosterBlock(summary.roster)) put(row);
  }
  for (const block of investmentBlocks(summary, withFiles)) {
    values.push([]);
    headerRows.push(values.length);
    for (const row of block) put(row.values, row.rateCols);
  }

  const chart =
    sectorKeys.length > 0
      ? {
          title: "분야별 평균 이행률 (%)",
          categories: rangeA1(sectors.first, 0, sectors.last, 0),
          values: rangeA1(sectors.first, 2, sectors.last, 2),
          anchor: toA1(sectors.first - 1, 5),
        }
      : null;

  const columnWidths = [...(withFiles ? [24] : []), 10, 36, 16, 16, 8, 12, 12, 6, 6, 22, 14];
  return { values, rateRanges, rateFormat: rateFormat(precision), conditionalRanges, rateScale: RATE_SCALE, links, chart, headerRows, columnWidths };
}

export interface ExistingSheet {
  name: string;
  /** The sheet's A1 value, to tell pledge-check's own summary from the user's. */
  a1: CellValue;
}

/** Where to write the summary: replace our own 요약, never someone else's. */
export function chooseSummarySheet(existing: ExistingSheet[]): { name: string; replaces: boolean; notice: string | null } {
  const byName = new Map(existing.map((s) => [s.name, s]));
  const ours = (s: ExistingSheet | undefined) => s !== undefined && s.a1 === SUMMARY_MARKER;
  if (!byName.has(SUMMARY_SHEET_NAME) || ours(byName.get(SUMMARY_SHEET_NAME))) {
    return { name: SUMMARY_SHEET_NAME, replaces: byName.has(SUMMARY_SHEET_NAME), notice: null };
  }
  for (let i = 2; ; i++) {
    const name = `${SUMMARY_SHEET_NAME} (${i})`;
    const sheet = byName.get(name);
    if (!sheet || ours(sheet)) {
      return {
        name,
        replaces: sheet !== undefined,
        notice: `'${SUMMARY_SHEET_NAME}' 시트가 이미 있고 공약 점검이 만든 시트가 아니어서 '${name}' 시트에 요약을 만들었습니다.`,
      };
    }
  }
}
