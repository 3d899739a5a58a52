// Sample cards laid out the way a department keeps its tracking sheet (as in
// test/fixtures/workbooks). Used by the demo workbook, the browser preview and the tests.
import type { CellValue, MergedArea, SheetGrid } from "../core/types";

export interface CardIndicator {
  name: string;
  unit: string;
  target: CellValue[];
  actual: CellValue[];
  rate: CellValue;
}

export interface CardSpec {
  sheet: string;
  id: string;
  title: string;
  department: string;
  status: string;
  headline: CellValue;
  asOf: string;
  periods: string[];
  indicators: CardIndicator[];
  pledgeRate: CellValue;
  /** Blank rows above the card, to place the table somewhere other than A1. */
  offsetRows?: number;
  /** Blank columns left of the card. */
  offsetCols?: number;
  /** Leave out the closing 공약 이행률 row (a table cut short). */
  cutShort?: boolean;
}

/** Lays a card out as a grid: title row, card line, table title, header, row pairs, closing row. */
export function cardRows(spec: CardSpec): { rows: CellValue[][]; merges: MergedArea[] } {
  const width = 4 + spec.periods.length;
  const rateCol = width - 1;
  const blankRow = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const rows: CellValue[][] = [];
  const merges: MergedArea[] = [];

  const title = blankRow();
  title[0] = `${spec.id} ${spec.title}`;
  rows.push(title);
  merges.push({ top: 0, left: 0, bottom: 0, right: rateCol });

  const card = blankRow();
  card[0] = "주관부서";
  card[1] = spec.department;
  card[2] = "추진상황";
  card[3] = spec.status;
  card[rateCol - 1] = "이행률";
  card[rateCol] = spec.headline;
  rows.push(card);
  rows.push(blankRow());

  const tableTitle = blankRow();
  tableTitle[0] = "< 공약달성 확인지표 >";
  tableTitle[rateCol] = `${spec.asOf} 기준`;
  rows.push(tableTitle);

  rows.push(["확인지표", "단위", "구분", ...spec.periods, "이행률 (%)"]);

  for (const indicator of spec.indicators) {
    const top = rows.length;
    rows.push([indicator.name, indicator.unit, "목표 (누계)", ...indicator.target, indicator.rate]);
    rows.push([null, null, "이행 (누계)", ...indicator.actual, null]);
    for (const col of [0, 1, rateCol]) merges.push({ top, left: col, bottom: top + 1, right: col });
  }

  if (!spec.cutShort) {
    const closing = blankRow();
    closing[0] = "공약 이행률 (각 지표 이행률의 평균으로 산출)";
    closing[rateCol] = spec.pledgeRate;
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: rateCol - 1 });
    rows.push(closing);
  }
  return { rows, merges };
}

/** One card on its own sheet, shifted by its offsets. */
export function cardGrid(spec: CardSpec): SheetGrid {
  return stackCards(spec.sheet, [spec]);
}

/** Several cards on one sheet, one under the other with two blank rows between. */
export function stackCards(sheet: string, specs: CardSpec[]): SheetGrid {
  const values: CellValue[][] = [];
  const merges: MergedArea[] = [];
  for (const spec of specs) {
    if (values.length > 0) values.push([], []);
    for (let i = 0; i < (spec.offsetRows ?? 0); i++) values.push([]);
    const shift = spec.offsetCols ?? 0;
    const { rows, merges: own } = cardRows(spec);
    const top = values.length;
    for (const row of rows) values.push([...new Array<CellValue>(shift).fill(null), ...row]);
    for (const m of own) {
      merges.push({ top: m.top + top, bottom: m.bottom + top, left: m.left + shift, right: m.right + shift });
    }
  }
  const width = Math.max(0, ...values.map((r) => r.length));
  return { name: sheet, values: values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]), merges };
}

const PERIODS = ["2022", "2023", "2024", "2025", "2026. 6."];

/** Seed card 6-3-3 (test/fixtures/seeds/card-6-3-3.txt). */
export function seedCard633(): CardSpec {
  return {
    sheet: "6-3-3",
    id: "6-3-3",
    title: "16개 공공기관과 상생 자매결연 활성화",
    department: "미래전략과",
    status: "완료 후 계속추진",
    headline: "86%",
    asOf: "2025. 6. 30.",
    periods: PERIODS,
    indicators: [
      { name: "교류활동 횟수", unit: "회", target: ["-", "8(8)", "8(16)", "8(24)", "2(26)"], actual: ["-", "5(5)", "23(28)", "17(45)", ""], rate: 100 },
      { name: "자매결연 관련 행사 개최", unit: "회", target: ["-", "2(2)", "2(4)", "2(6)", "1(7)"], actual: ["-", "2(2)", "2(4)", "1(5)", ""], rate: 71 },
    ],
    pledgeRate: 86,
  };
}

/** Seed card 7-2-3 (test/fixtures/seeds/card-7-2-3.txt); it names no department. */
export function seedCard723(): CardSpec {
  return {
    sheet: "7-2-3",
    id: "7-2-3",
    title: "학습동아리 활성화",
    department: "",
    status: "완료 후 계속추진",
    headline: "73.33%",
    asOf: "2025. 9. 30.",
    periods: PERIODS,
    indicators: [
      { name: "추진계획 수립", unit: "회", target: ["1(1)", "1(2)", "1(3)", "1(4)", "1(5)"], actual: ["1(1)", "1(2)", "1(3)", "1(4)", ""], rate: 80 },
      { name: "보고회 개최 (성과공유 및 평가)", unit: "회", target: ["", "1(1)", "1(2)", "1(3)", "-"], actual: ["", "1(1)", "-(1)", "1(2)", ""], rate: 66.67 },
    ],
    pledgeRate: 73.33,
  };
}

/**
 * A card with the mistakes reviewers meet most: a running total added up wrong, an
 * indicator rate computed against the target to date, an empty pledge rate and a
 * headline that was not updated. Used by the demo.
 */
export function mistakesCard(): CardSpec {
  return {
    sheet: "3-1-2",
    id: "3-1-2",
    title: "청년 창업 지원 확대",
    department: "일자리경제과",
    status: "정상추진",
    headline: "60%",
    asOf: "2025. 6. 30.",
    periods: PERIODS,
    indicators: [
      { name: "창업 지원 기업 수", unit: "개", target: ["10(10)", "20(30)", "20(50)", "20(70)", "10(80)"], actual: ["12(12)", "18(30)", "25(54)", "9(63)", ""], rate: 80 },
      { name: "창업 교육 수료자", unit: "명", target: ["-", "1,000(1,000)", "1,000(2,000)", "1,000(3,000)", "500(3,500)"], actual: ["-", "850(850)", "1,120(1,970)", "430(2,400)", ""], rate: 80 },
    ],
    pledgeRate: null,
  };
}

/** The sheets of the bundled sample department workbook. */
export function sampleDepartmentCards(): CardSpec[] {
  return [seedCard633(), seedCard723(), mistakesCard()];
}
