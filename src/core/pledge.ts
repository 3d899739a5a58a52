// One card: its table's indicators, rule 3 (the pledge rate is the mean of the
// unrounded indicator rates) and rule 5 (the headline agrees with it).
import type { MergedArea, Pledge, PrecisionSetting } from "./types";
import type { GridView } from "./grid";
import type { FindingList } from "./findings";
import type { TableLayout } from "./layout";
import { departmentBelow, readCard } from "./card";
import { checkReportedRate, readReported } from "./reported";
import { rangeA1 } from "./address";
import { readIndicatorTable } from "./shapes/indicators";
import { pledgeMean } from "./shapes/mean";
import { rateForm } from "./rateForm";
import { roundHalfUp } from "./rounding";
import { cellText } from "./text";
import { autoPrecision, LISTED_STATUSES, statusKey, statusRule } from "./rules";

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
  const anchorCell = grid.address(anchor.row, anchor.col);

  if (card.id === null) findings.add("MISSING_PLEDGE_ID", { cell: anchorCell, role: "pledgeId" }, {});
  table.periods.forEach((p, i) => {
    if (p.start === null) {
      findings.add("UNKNOWN_PERIOD", { cell: grid.address(table.headerRow, cols.periods[i]), role: "period", period: p.label }, { label: p.label }, { found: p.label || null });
    }
  });
  if (card.asOf === null) {
    const at = grid.addressInside(table.headerRow - 1, cols.rate >= 0 ? cols.rate : cols.name, header);
    findings.add("MISSING_AS_OF", { cell: at, role: "asOf" }, {});
  }
  if (cols.rate < 0) findings.add("RATE_COLUMN_MISSING", { cell: grid.address(table.headerRow, cols.label), role: "header" }, {});

  const read = readIndicatorTable(grid, table, card.asOf, findings);
  const rows = read.rows;
  const indicators = rows.map((r) => r.indicator);
  if (indicators.length === 0) findings.add("TABLE_EMPTY", { cell: grid.address(table.headerRow, cols.name), role: "table" }, {});

  // The closing row's rate cell, unless a merged area takes it over (A10:I10 holds the label).
  const closingMerge = table.closingRow !== null && cols.rate >= 0 ? foreignMerge(grid.merge(table.closingRow, cols.rate), table.closingRow, cols.rate) : null;
  const closingRaw = table.closingRow !== null && cols.rate >= 0 && !closingMerge ? grid.raw(table.closingRow, cols.rate) : null;
  const closing = readReported(closingRaw);
  const headline = readReported(card.headline?.value ?? null);
  const precision = precisionSetting === "auto" ? autoPrecision([headline.decimals, closing.decimals, ...rows.map((r) => r.reported.decimals)]) : precisionSetting;
  // Rule 3, with withdrawn indicators counted as the card counts them.
  const mean = pledgeMean(rows, closing.value, findings);
  const rated = mean.counted.filter((i) => i.rate !== null);
  // Some indicators rated, others not: the mean of the rest is no pledge rate (PLEDGE_RATE_PARTIAL below).
  const partial = !read.unsure && rated.length > 0 && rated.length < mean.counted.length;
  // A partial read is never a verdict: the one warning already says what was not understood.
  const rate = read.unsure || partial ? null : mean.rate;

  const rateCell = table.closingRow !== null && cols.rate >= 0 ? grid.address(table.closingRow, cols.rate) : null;
  for (const { indicator, raw, area } of rows) {
    if (!indicator.rateCell) continue;
    const who = { name: indicator.name, key: indicator.key };
    if (area) {
      // Shown on the merged area's top-left cell: Excel formats and annotates a merge there.
      const at = grid.address(area.top, area.left);
      findings.add("RATE_CELL_MERGED", { cell: at, role: "indicatorRate", indicator: who }, { subject: `'${indicator.name}' 이행률`, area: rangeA1(area.top, area.left, area.bottom, area.right) });
      continue;
    }
    checkReportedRate(
      { what: `'${indicator.name}' 이행률`, role: "indicatorRate", indicator: who, cell: indicator.rateCell, raw, computed: indicator.rate, precision, missing: "INDICATOR_RATE_MISSING", mismatch: "INDICATOR_RATE_MISMATCH" },
      findings,
    );
  }
  if (table.closingRow === null) {
    const below = grid.addressInside(table.lastRow + 1, cols.name, { row: table.lastRow, col: cols.name });
    findings.add("TABLE_INCOMPLETE", { cell: below, role: "table" }, {});
  } else if (rateCell && closingMerge) {
    findings.add("RATE_CELL_MERGED", { cell: grid.address(closingMerge.top, closingMerge.left), role: "pledgeRate" }, { subject: "공약 이행률", area: rangeA1(closingMerge.top, closingMerge.left, closingMerge.bottom, closingMerge.right) });
  } else if (rateCell && !read.unsure) {
    checkReportedRate({ what: "공약 이행률", role: "pledgeRate", cell: rateCell, raw: closingRaw, computed: rate, precision, missing: "PLEDGE_RATE_MISSING", mismatch: "PLEDGE_RATE_MISMATCH" }, findings);
  }
  const partialAt = rateCell ?? grid.address(header.row, header.col);
  const considered = mean.counted.length;
  if (partial) {
    findings.add("PLEDGE_RATE_PARTIAL", { cell: partialAt, role: "pledgeRate" }, { indicators: considered, rated: rated.length }, { expected: rated.length, found: considered });
  }

  const headlineCell = card.headline ? grid.address(card.headline.row, card.headline.col) : null;
  if (card.headline && headlineCell && !read.unsure) {
    checkReportedRate({ what: "카드의 이행률", role: "headline", cell: headlineCell, raw: card.headline.value, computed: rate, precision, missing: "HEADLINE_RATE_MISSING", mismatch: "HEADLINE_RATE_MISMATCH" }, findings);
  }

  const department = cellText(card.department?.value ?? null) || null;
  if (department === null) {
    const at = card.department ? grid.address(card.department.row, card.department.col) : anchorCell;
    findings.add("MISSING_DEPARTMENT", { cell: at, role: "department" }, {});
  }
  const status = cellText(card.status?.value ?? null) || null;
  const key = status ? statusKey(status) : null;
  const rule = statusRule(status);
  const statusAt = card.status ? grid.address(card.status.row, card.status.col) : card.statusLabel ? grid.address(card.statusLabel.row, card.statusLabel.col) : anchorCell;
  if (status === null && card.statusAmbiguous) {
    findings.add("STATUS_MARK_AMBIGUOUS", { cell: grid.address(card.statusAmbiguous.row, card.statusAmbiguous.col), role: "status" }, {});
  } else if (status === null) {
    findings.add("MISSING_STATUS", { cell: statusAt, role: "status" }, {});
  } else if (key && !rule) {
    findings.add("UNKNOWN_STATUS", { cell: statusAt, role: "status" }, { status, known: LISTED_STATUSES }, { found: status });
  } else if (rule?.requiresFull && rate !== null && roundHalfUp(rate, precision) < 100) {
    const shown = roundHalfUp(rate, precision);
    findings.add("STATUS_RATE_CONFLICT", { cell: statusAt, role: "status" }, { status, rate: shown }, { expected: 100, found: shown });
  }

  const closingForm = rateForm(grid, rateCell, closing.style);
  const headlineForm = rateForm(grid, headlineCell, card.headline && cellText(card.headline.value) !== "" ? headline.style : "percentText");
  return {
    // Completed by keys.ts, which sees every card of the workbook.
    key: "",
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
    rateStyle: closingForm.style,
    rateFormat: closingForm.format,
    headlineRate: headline.value,
    headlineCell,
    headlineStyle: headlineForm.style,
    headlineFormat: headlineForm.format,
    precision,
    periods: table.periods,
    indicators,
    layout: read.shape,
    anchorCell,
    statusCell: statusAt,
    asOfCell: card.asOfCell ? grid.address(card.asOfCell.row, card.asOfCell.col) : null,
    counts: { error: 0, warning: 0, info: 0 },
    tableRange: rangeA1(table.headerRow, cols.name, table.lastRow, cols.rate >= 0 ? cols.rate : cols.periods[cols.periods.length - 1]),
  };
}

/** A merged area over a rate cell that the cell does not start: its value belongs to another cell. */
function foreignMerge(m: MergedArea | undefined, row: number, col: number): MergedArea | null {
  if (!m) return null;
  return m.top === row && m.left === col ? null : m;
}
