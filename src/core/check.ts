// Checking a sheet: every table on it, each with the card around it; checking a
// workbook adds what only the whole workbook shows (a pledge number used twice).
import type { CheckOptions, Finding, Pledge, SheetGrid, SheetResult, WorkbookResult } from "./types";
import { GridView } from "./grid";
import { FindingList } from "./findings";
import { findTables } from "./layout";
import { pledgeIdRow } from "./card";
import { readPledge } from "./pledge";
import { assignKeys, type ReadSheet } from "./keys";
import { DEFAULT_RULES } from "./rules";

function readSheet(grid: SheetGrid, options: CheckOptions): ReadSheet {
  const view = new GridView(grid);
  const findings = new FindingList(view.name);
  const ownerOf = new Map<Finding, Pledge>();
  const tables = findTables(view, (options.rules ?? DEFAULT_RULES).labels);
  // A card starts at its pledge number (or right after the previous table) and runs on
  // past its own table until the next card starts: the printed card ends with 주관부서.
  const starts = tables.map((table, i) => {
    const from = i === 0 ? view.top : tables[i - 1].lastRow + 1;
    return pledgeIdRow(view, from, table.headerRow - 1) ?? from;
  });
  const pledges: Pledge[] = tables.map((table, i) => {
    const first = findings.items.length;
    const below = { from: table.lastRow + 1, to: i + 1 < tables.length ? starts[i + 1] - 1 : view.bottom };
    const pledge = readPledge(view, table, starts[i], below, options.precision ?? "auto", findings, grid.numberFormats);
    for (const f of findings.items.slice(first)) {
      pledge.counts[f.severity]++;
      ownerOf.set(f, pledge);
    }
    findings.pledgeId = null;
    return pledge;
  });
  return { result: { name: view.name, pledges, findings: findings.items }, ownerOf };
}

export function checkSheet(grid: SheetGrid, options: CheckOptions = {}): SheetResult {
  const read = readSheet(grid, options);
  assignKeys([read]);
  return read.result;
}

export function checkWorkbook(grids: SheetGrid[], options: CheckOptions = {}): WorkbookResult {
  const read = grids.map((g) => readSheet(g, options));
  assignKeys(read);
  return { sheets: read.map((r) => r.result) };
}

/** No 확인지표 table on any sheet: decided here once for the CLI and the add-in. */
export function noTableFound(result: WorkbookResult): boolean {
  return result.sheets.every((sheet) => sheet.pledges.length === 0);
}

/** What a user is told when no sheet holds a 확인지표 table. */
export const NO_TABLE_MESSAGE = "확인지표 표를 찾지 못했습니다. 이행률 열이 있는 <공약달성 확인지표> 표가 있는지 확인하세요.";
