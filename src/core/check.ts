// Checking a sheet: every table on it, each with the card around it.
import type { CheckOptions, Pledge, SheetGrid, SheetResult, WorkbookResult } from "./types";
import { GridView } from "./grid";
import { FindingList } from "./findings";
import { findTables } from "./layout";
import { pledgeIdRow } from "./card";
import { readPledge } from "./pledge";
import { applyExceptions } from "./exceptions";
import { isReviewerSheet } from "./rules/reviewSheets";

export function checkSheet(grid: SheetGrid, options: CheckOptions = {}): SheetResult {
  const view = new GridView(grid);
  const findings = new FindingList(view.name);
  const tables = findTables(view);
  // A card starts at its pledge number (or right after the previous table) and runs on
  // past its own table until the next card starts: the printed card ends with 주관부서.
  const starts = tables.map((table, i) => {
    const from = i === 0 ? view.top : tables[i - 1].lastRow + 1;
    return pledgeIdRow(view, from, table.headerRow - 1) ?? from;
  });
  const pledges: Pledge[] = tables.map((table, i) => {
    const first = findings.items.length;
    const below = { from: table.lastRow + 1, to: i + 1 < tables.length ? starts[i + 1] - 1 : view.bottom };
    const pledge = readPledge(view, table, starts[i], below, options.precision ?? "auto", findings);
    for (const f of findings.items.slice(first)) pledge.counts[f.severity]++;
    findings.pledgeId = null;
    return pledge;
  });
  return { name: view.name, pledges, findings: findings.items };
}

export function checkWorkbook(grids: SheetGrid[], options: CheckOptions = {}): WorkbookResult {
  // The reviewer's own sheets (점검 예외, 공약 목록) are read, never checked as pledge sheets.
  const result = { sheets: grids.filter((g) => !isReviewerSheet(g.name)).map((g) => checkSheet(g, options)) };
  return applyExceptions(result, grids);
}
