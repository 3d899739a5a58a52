// One card: its table's indicators, rule 3 (the pledge rate is the mean of the
// unrounded indicator rates) and rule 5 (the headline agrees with it).
import type { Pledge, PrecisionSetting } from "./types";
import type { GridView } from "./grid";
import type { FindingList } from "./findings";
import type { TableLayout } from "./layout";
import { departmentBelow, readCard, statusKey, STATUS_KEYS } from "./card";
import { checkReportedRate, readReported } from "./reported";
import { rangeA1 } from "./address";
import { readIndicatorTable } from "./shapes/indicators";
import { pledgeMean } from "./shapes/mean";
import { roundHalfUp } from "./rounding";
import { cellText } from "./text";

const DEFAULT_PRECISION = 2;
const MAX_AUTO_PRECISION = 2;

export function readPledge(
  grid: GridView,
  table: TableLayout,
  cardFromRow: number,
  below: { from: number; to: number },
  precisionSetting: PrecisionSetting,
  findings: FindingList,
): Pledge {
  const cols = table.columns;
  const header = { row: table.headerRow, col: cols.name };
  const card = readCard(grid, cardFromRow, table.headerRow, grid.name);
  card.department ??= departmentBelow(grid, below.from, below.to);
  findings.pledgeId = card.id;
  const anchor = card.idCell ?? header;

  if (card.id === null) {
    findings.add("MISSING_PLEDGE_ID", grid.address(anchor.row, anchor.col), "공약번호('6-3-3' 형식)를 찾지 못했습니다. 표 위에 공약번호와 공약명을 적어 주세요.", {
      expected: "분야-과제-세부",
    });
  }
  table.periods.forEach((p, i) => {
    if (p.start === null) {
      findings.add("UNKNOWN_PERIOD", grid.address(table.headerRow, cols.periods[i]), `기간 머리글 '${p.label}'을(를) 연도로 읽을 수 없습니다. 기준일과 비교하는 검사에서 이 기간은 빠집니다.`, {
        expected: "2024 또는 2026. 6.",
        found: p.label || "빈칸",
      });
    }
  });
  if (card.asOf === null) {
    const at = grid.addressInside(table.headerRow - 1, cols.rate >= 0 ? cols.rate : cols.name, header);
    findings.add("MISSING_AS_OF", at, "표의 기준일('2025. 6. 30. 기준')을 찾지 못했습니다. 기준일 이후 실적과 지난 기간의 빈 실적은 검사하지 못했습니다.", {
      expected: "YYYY. M. D. 기준",
    });
  }
  if (cols.rate < 0) {
    findings.add("RATE_COLUMN_MISSING", grid.address(table.headerRow, cols.label), "표 머리글에 '이행률 (%)' 열이 없습니다. 지표 이행률을 적을 열을 추가해 주세요.", {
      expected: "이행률 (%)",
    });
  }

  const read = readIndicatorTable(grid, table, card.asOf, findings);
  const rows = read.rows;
  const indicators = rows.map((r) => r.indicator);
  if (indicators.length === 0) {
    findings.add("TABLE_EMPTY", grid.address(table.headerRow, cols.name), "확인지표 표에 목표·이행 행이 없습니다.", {});
  }

  const closingRaw = table.closingRow !== null && cols.rate >= 0 ? grid.raw(table.closingRow, cols.rate) : null;
  const closing = readReported(closingRaw);
  const headline = readReported(card.headline?.value ?? null);
  const precision = precisionSetting === "auto" ? autoPrecision([headline.decimals, closing.decimals, ...rows.map((r) => r.reported.decimals)]) : precisionSetting;
  const mean = pledgeMean(rows, closing.value, findings);
  const rated = mean.counted.filter((i) => i.rate !== null);
  // A partial read is never a verdict: the one warning already says what was not understood.
  const rate = read.unsure ? null : mean.rate;

  const rateCell = table.closingRow !== null && cols.rate >= 0 ? grid.address(table.closingRow, cols.rate) : null;
  for (const { indicator, raw } of rows) {
    if (!indicator.rateCell) continue;
    checkReportedRate(
      { what: `'${indicator.name}' 이행률`, cell: indicator.rateCell, raw, computed: indicator.rate, precision, missing: "INDICATOR_RATE_MISSING", mismatch: "INDICATOR_RATE_MISMATCH" },
      findings,
    );
  }
  if (table.closingRow === null) {
    const below = grid.addressInside(table.lastRow + 1, cols.name, { row: table.lastRow, col: cols.name });
    findings.add("TABLE_INCOMPLETE", below, "표가 '공약 이행률' 행 없이 끝났습니다. 마지막 행을 확인해 주세요.", { expected: "공약 이행률 (각 지표 이행률의 평균으로 산출)" });
  } else if (rateCell && !read.unsure) {
    checkReportedRate({ what: "공약 이행률", cell: rateCell, raw: closingRaw, computed: rate, precision, missing: "PLEDGE_RATE_MISSING", mismatch: "PLEDGE_RATE_MISMATCH" }, findings);
  }
  const partialAt = rateCell ?? grid.address(header.row, header.col);
  const considered = mean.counted.length;
  if (!read.unsure && rated.length > 0 && rated.length < considered) {
    findings.add("PLEDGE_RATE_PARTIAL", partialAt, `지표 ${considered}개 중 ${considered - rated.length}개는 이행률을 계산할 수 없어 나머지 ${rated.length}개의 평균으로 공약 이행률을 냈습니다.`, {
      expected: rated.length,
      found: considered,
    });
  }

  const headlineCell = card.headline ? grid.address(card.headline.row, card.headline.col) : null;
  if (card.headline && headlineCell && !read.unsure) {
    checkReportedRate({ what: "카드의 이행률", cell: headlineCell, raw: card.headline.value, computed: rate, precision, missing: "HEADLINE_RATE_MISSING", mismatch: "HEADLINE_RATE_MISMATCH" }, findings);
  }

  const department = cellText(card.department?.value ?? null) || null;
  if (department === null) {
    const at = card.department ? grid.address(card.department.row, card.department.col) : grid.address(anchor.row, anchor.col);
    findings.add("MISSING_DEPARTMENT", at, "주관부서가 적혀 있지 않습니다. 요약에서는 부서 없음으로 묶입니다.", { expected: "부서명" });
  }
  const status = cellText(card.status?.value ?? null) || null;
  const key = status ? statusKey(status) : null;
  const statusAt = card.status ? grid.address(card.status.row, card.status.col) : card.statusLabel ? grid.address(card.statusLabel.row, card.statusLabel.col) : grid.address(anchor.row, anchor.col);
  if (status === null && card.statusAmbiguous) {
    findings.add("STATUS_MARK_AMBIGUOUS", grid.address(card.statusAmbiguous.row, card.statusAmbiguous.col), "추진상황 표시(○)가 어느 상태에 붙은 것인지 분명하지 않습니다. 한 상태 이름 바로 아래에만 ○를 적어 주세요.", { expected: "상태 하나에 ○" });
  } else if (status === null) {
    findings.add("MISSING_STATUS", statusAt, "추진상황(완료 종결·정상추진 등)이 적혀 있지 않습니다.", { expected: "추진상황" });
  } else if (key && !STATUS_KEYS.has(key)) {
    findings.add("UNKNOWN_STATUS", statusAt, `추진상황 '${status}'은(는) 알려진 상태(완료 종결·완료 후 계속추진·정상추진·일부추진·보류·폐기·미추진)가 아닙니다.`, { found: status });
  } else if ((key === "완료종결" || key === "완료" || key === "이행완료") && rate !== null && roundHalfUp(rate, precision) < 100) {
    findings.add("STATUS_RATE_CONFLICT", statusAt, `추진상황이 '${status}'인데 공약 이행률이 100 미만(${roundHalfUp(rate, precision)})입니다.`, {
      expected: 100,
      found: roundHalfUp(rate, precision),
    });
  }

  return {
    sheet: grid.name,
    id: card.id,
    title: card.title,
    department,
    status,
    statusKey: key,
    asOf: card.asOf,
    rate,
    reportedRate: closing.value,
    rateCell,
    rateStyle: closing.style,
    headlineRate: headline.value,
    headlineCell,
    headlineStyle: card.headline && cellText(card.headline.value) !== "" ? headline.style : "percentText",
    precision,
    periods: table.periods,
    indicators,
    layout: read.shape,
    anchorCell: grid.address(anchor.row, anchor.col),
    counts: { error: 0, warning: 0, info: 0 },
    tableRange: rangeA1(table.headerRow, cols.name, table.lastRow, cols.rate >= 0 ? cols.rate : cols.periods[cols.periods.length - 1]),
  };
}


function autoPrecision(decimals: (number | null)[]): number {
  const shown = decimals.filter((d): d is number => d !== null);
  if (shown.length === 0) return DEFAULT_PRECISION;
  return Math.min(MAX_AUTO_PRECISION, Math.max(...shown));
}
