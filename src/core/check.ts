// Checking a sheet: every table on it, each with the card around it; checking a
// workbook adds what only the whole workbook shows (a pledge number used twice) and
// applies the 점검 예외 sheet's accepted findings.
import type { CheckOptions, Finding, Pledge, SheetGrid, SheetResult, WorkbookResult } from "./types";
import { GridView } from "./grid";
import { FindingList } from "./findings";
import { findTables } from "./layout";
import { pledgeIdRow } from "./card";
import { readPledge } from "./pledge";
import { assignKeys, type ReadSheet } from "./keys";
import { DEFAULT_RULES, sheetCounts } from "./rules";
import { applyExceptions } from "./exceptions";
import { checkInvestment, readInvestment, type InvestmentPlan } from "./investment";
import { parsePledgeNumber } from "./rules";
import { cellText } from "./text";

/** 연도별 투자 계획 tables on a sheet without a 확인지표 table: they belong to the pledge of the sheet's number. */
interface LoosePlans {
  id: string | null;
  plans: InvestmentPlan[];
  findings: FindingList;
}

function readSheet(grid: SheetGrid, options: CheckOptions): ReadSheet & { loose: LoosePlans | null } {
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
    const pledge = readPledge(view, table, starts[i], below, options.precision ?? "auto", findings);
    // The card's money table stands anywhere on the card: above the 확인지표 table or below it.
    pledge.investment = readInvestment(view, i === 0 ? view.top : starts[i], below.to);
    for (const plan of pledge.investment) checkInvestment(plan, pledge.asOf, findings);
    for (const f of findings.items.slice(first)) {
      pledge.counts[f.severity]++;
      ownerOf.set(f, pledge);
    }
    findings.pledgeId = null;
    return pledge;
  });
  const loose = tables.length === 0 ? loosePlans(view) : null;
  return { result: { name: view.name, pledges, findings: findings.items }, ownerOf, loose };
}

function loosePlans(view: GridView): LoosePlans | null {
  const plans = readInvestment(view, view.top, view.bottom);
  if (plans.length === 0) return null;
  const at = pledgeIdRow(view, view.top, view.bottom);
  const heading = at === null ? null : view.columnsWithValues(at).map((c) => parsePledgeNumber(cellText(view.raw(at, c)))).find((m) => m !== null);
  return { id: heading?.id ?? parsePledgeNumber(view.name.trim())?.id ?? null, plans, findings: new FindingList(view.name) };
}

/** Checks a sheet's loose plans with their pledge's as-of date, and gives them (and their findings) to it. */
function attachLoose(read: ReadSheet & { loose: LoosePlans | null }, pledge: Pledge | undefined): void {
  const loose = read.loose;
  if (!loose) return;
  loose.findings.pledgeId = loose.id;
  for (const plan of loose.plans) checkInvestment(plan, pledge?.asOf ?? null, loose.findings);
  for (const f of loose.findings.items) {
    read.result.findings.push(f);
    if (!pledge) continue;
    read.ownerOf.set(f, pledge);
    pledge.counts[f.severity]++;
  }
  if (pledge) pledge.investment = [...(pledge.investment ?? []), ...loose.plans];
}

/** The first pledge with this number among the sheets read. */
function pledgeNumbered(reads: ReadSheet[], id: string | null): Pledge | undefined {
  if (id === null) return undefined;
  for (const r of reads) for (const p of r.result.pledges) if (p.id === id) return p;
  return undefined;
}

export function checkSheet(grid: SheetGrid, options: CheckOptions = {}): SheetResult {
  const read = readSheet(grid, options);
  attachLoose(read, undefined);
  assignKeys([read]);
  return read.result;
}

export function checkWorkbook(grids: SheetGrid[], options: CheckOptions = {}): WorkbookResult {
  // Which sheets count is decided once (rules/sheets.ts); 점검 예외 is still read for its exceptions.
  const read = grids.filter((g) => sheetCounts(g.name)).map((g) => readSheet(g, options));
  for (const r of read) attachLoose(r, pledgeNumbered(read, r.loose?.id ?? null));
  assignKeys(read);
  // Exceptions match findings by their keys, so they apply once every key is known.
  return applyExceptions({ sheets: read.map((r) => r.result) }, grids);
}

/** No 확인지표 table on any sheet: decided here once for the CLI and the add-in. */
export function noTableFound(result: WorkbookResult): boolean {
  return result.sheets.every((sheet) => sheet.pledges.length === 0);
}

/** What a user is told when no sheet holds a 확인지표 table. */
export const NO_TABLE_MESSAGE = "확인지표 표를 찾지 못했습니다. 이행률 열이 있는 <공약달성 확인지표> 표가 있는지 확인하세요.";
