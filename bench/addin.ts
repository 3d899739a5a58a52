// The add-in's round trips on a 300-sheet department workbook, in the in-memory Excel
// (src/memory-excel) at ExcelApi 1.18: 이행률 채우기 (check every sheet, write rates and
// flags) from a fresh workbook. Prints
//   addin.checkAll.syncs.300        context.sync calls (goal ≤ 3)
//   addin.checkAll.maxRequest.300   largest request, bytes (goal ≤ 4 MB; Excel on the web refuses 5 MB)
//   addin.checkAll.maxResponse.300  largest response, bytes (same limit)
//   addin.checkAll.syncs.300.api1_7 the same run at ExcelApi 1.7 (one extra read of fills)
//   addin.checkAll.ms.300           wall time of the run against the fake, milliseconds
//   addin.summary.syncs.300         요약 시트 만들기 on the same workbook, fresh (goal ≤ 3)
//   addin.summary.maxRequest.300    its largest request (the write of the 요약 sheet), bytes
//   addin.summary.maxResponse.300   its largest response (the cells of every sheet), bytes
//   addin.checkAll.syncs.stray      검사 on the sample cards plus one value at XFD1048576 (goal ≤ 4)
//   addin.checkAll.maxResponse.stray its largest response, bytes (goal ≤ 5,000,000)
// Sizes are the fake's estimate: UTF-8 JSON of the queued actions and object paths, and
// of the loaded values (see src/memory-excel/client.ts). Run alone: npx tsx bench/addin.ts
import { pathToFileURL } from "node:url";
import { createPledgeChecker } from "../src/excel";
import { cardGrid, sampleDepartmentCards, stackCards, type CardSpec } from "../src/sample/cards";
import { MemoryExcel, workbookFromGrids, type MemoryWorkbook } from "../src/memory-excel";

const SHEETS = 300;

/** Scales every number in a period cell, keeping its form: "1,000(2,000)" ×2 → "2,000(4,000)". */
function scaled(cell: unknown, factor: number): unknown {
  if (typeof cell !== "string") return cell;
  return cell.replace(/\d{1,3}(,\d{3})+|\d+/g, (n) => (Number(n.replace(/,/g, "")) * factor).toLocaleString("en-US"));
}

/** A sample card made different: scaled numbers, its own place on the sheet, sometimes a broken total. */
function variedCard(index: number): CardSpec {
  const cards = sampleDepartmentCards();
  const base = cards[index % cards.length];
  const factor = 1 + (index % 4);
  return {
    ...base,
    sheet: `${index + 1} ${base.title}`.slice(0, 31),
    id: `${(index % 9) + 1}-${(Math.floor(index / 9) % 5) + 1}-${(index % 7) + 1}`,
    offsetRows: index % 5,
    offsetCols: index % 3,
    indicators: base.indicators.map((indicator, i) => ({
      ...indicator,
      target: indicator.target.map((c) => scaled(c, factor)) as CardSpec["indicators"][number]["target"],
      actual: indicator.actual.map((c, p) => scaled(index % 11 === i && p === 2 ? `${c}1` : c, factor)) as CardSpec["indicators"][number]["actual"],
    })),
  };
}

/** 300 sheets; every tenth holds two cards, as a department's combined sheet would. */
export function benchWorkbook(sheets = SHEETS): MemoryWorkbook {
  const grids = Array.from({ length: sheets }, (_, i) => {
    const card = variedCard(i);
    return i % 10 === 9 ? stackCards(card.sheet, [card, { ...variedCard(i + 1), sheet: card.sheet }]) : stackCards(card.sheet, [card]);
  });
  return workbookFromGrids(grids);
}

/** MERGES merged areas on the first sheet, beyond getMergedAreasOrNullObject's 512 in one call: the read goes by tiles. */
const MERGES = 600;

export function benchWorkbookWithMerges(sheets = SHEETS): MemoryWorkbook {
  const wb = benchWorkbook(sheets);
  const first = wb.sheetNames()[0];
  // A remarks column beside the card, each remark merged over two columns (U:V), as on a department's sheet.
  for (let i = 0; i < MERGES; i++) {
    wb.setValue(first, `U${i + 1}`, `비고 ${i + 1}`);
    wb.merge(first, `U${i + 1}:V${i + 1}`);
  }
  return wb;
}

function line(name: string, value: number, unit: string): void {
  console.log(`BENCH ${name} ${value} ${unit}`);
}

export async function benchAddin(): Promise<void> {
  const excel = new MemoryExcel(benchWorkbook(), { api: "1.18" });
  const started = performance.now();
  const run = await createPledgeChecker(excel).fillRates({});
  const elapsed = performance.now() - started;
  if (run.flagged === 0 || run.written.length === 0) throw new Error("bench workbook produced no flags or writes; the bench would measure nothing");

  const legacy = new MemoryExcel(benchWorkbook(), { api: "1.7" });
  await createPledgeChecker(legacy).fillRates({});

  line(`addin.checkAll.syncs.${SHEETS}`, excel.stats.syncs, "syncs");
  line(`addin.checkAll.maxRequest.${SHEETS}`, excel.maxRequestBytes, "bytes");
  line(`addin.checkAll.maxResponse.${SHEETS}`, excel.maxResponseBytes, "bytes");
  line(`addin.checkAll.syncs.${SHEETS}.api1_7`, legacy.stats.syncs, "syncs");
  line(`addin.checkAll.ms.${SHEETS}`, Math.round(elapsed), "ms");

  const merged = new MemoryExcel(benchWorkbookWithMerges(), { api: "1.18" });
  const mergedStarted = performance.now();
  const mergedRun = await createPledgeChecker(merged).fillRates({});
  const mergedElapsed = performance.now() - mergedStarted;
  if (mergedRun.flagged === 0) throw new Error("bench workbook with merges produced no flags");
  line(`addin.checkAll.syncs.${SHEETS}.merges${MERGES}`, merged.stats.syncs, "syncs");
  line(`addin.checkAll.maxRequest.${SHEETS}.merges${MERGES}`, merged.maxRequestBytes, "bytes");
  line(`addin.checkAll.ms.${SHEETS}.merges${MERGES}`, Math.round(mergedElapsed), "ms");

  const summaryExcel = new MemoryExcel(benchWorkbook(), { api: "1.18" });
  const summary = await createPledgeChecker(summaryExcel).createSummarySheet({});
  if (summary.summary.pledges < SHEETS) throw new Error(`bench summary holds ${summary.summary.pledges} pledges; expected at least ${SHEETS}`);
  line(`addin.summary.syncs.${SHEETS}`, summaryExcel.stats.syncs, "syncs");
  line(`addin.summary.maxRequest.${SHEETS}`, summaryExcel.maxRequestBytes, "bytes");
  line(`addin.summary.maxResponse.${SHEETS}`, summaryExcel.maxResponseBytes, "bytes");

  // One stray value in the sheet's last cell: the used range is the whole sheet (issue 26 §1).
  const strayBook = workbookFromGrids(sampleDepartmentCards().map(cardGrid));
  strayBook.setValue(strayBook.sheetNames()[0], "XFD1048576", "x");
  const stray = new MemoryExcel(strayBook, { api: "1.18" });
  await createPledgeChecker(stray).checkAll({});
  line("addin.checkAll.syncs.stray", stray.stats.syncs, "syncs");
  line("addin.checkAll.maxResponse.stray", stray.maxResponseBytes, "bytes");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchAddin().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
