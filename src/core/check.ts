// Checking a sheet: every table on it, each with the card above it.
import type { CheckOptions, Pledge, SheetGrid, SheetResult, WorkbookResult } from "./types";
import { GridView } from "./grid";
import { FindingList } from "./findings";
import { findTables } from "./layout";
import { readPledge } from "./pledge";

export function checkSheet(grid: SheetGrid, options: CheckOptions = {}): SheetResult {
  const view = new GridView(grid);
  const findings = new FindingList(view.name);
  const pledges: Pledge[] = [];
  let cardFrom = view.top;
  for (const table of findTables(view)) {
    const first = findings.items.length;
    const pledge = readPledge(view, table, cardFrom, options.precision ?? "auto", findings);
    for (const f of findings.items.slice(first)) pledge.counts[f.severity]++;
    pledges.push(pledge);
    findings.pledgeId = null;
    cardFrom = table.lastRow + 1;
  }
  return { name: view.name, pledges, findings: findings.items };
}

export function checkWorkbook(grids: SheetGrid[], options: CheckOptions = {}): WorkbookResult {
  return { sheets: grids.map((g) => checkSheet(g, options)) };
}
