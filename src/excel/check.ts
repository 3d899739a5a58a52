// A check from start to finish inside one Excel.run: sync 1 the outline, sync 2 the
// sheets (with fills, store, findings header, user-note locations), the core decides,
// then one sync writes. With ExcelApi 1.7 (no getCellProperties) the flagged cells'
// fills are read in one extra sync before writing: 4 syncs instead of 3. Nothing to
// write (no findings, no earlier marks) means no write sync at all.
import {
  checkWorkbook,
  fillLogRows,
  findingRows,
  FINDINGS_SHEET_NAME,
  planFlags,
  planRateWrites,
  type CellWrite,
  type CheckOptions,
  type Flag,
  type WorkbookResult,
  withWrites,
} from "../core";
import { finishComments } from "./comments";
import { officeErrorCode } from "./errors";
import { readSheets } from "./contents";
import { cellKey, prepareExtras, type Extras } from "./extras";
import type { OriginalFill } from "./fills";
import { prepareFillLog, queueFillLog, type FillLogJob, type FillLogTarget } from "./fillLog";
import type { SheetContents } from "./grid";
import { assertWritable, readFills, writableRates } from "./guards";
import type { ExcelHost, Features } from "./host";
import { noticesFor } from "./notices";
import { findSheet, readOutline, type Outline } from "./outline";
import { fillsNeeded, planFlagWrites, type FlagPlan } from "./plan";
import { runCommand, STEPS } from "./run";
import { pledgeGrids, sheetsToCheck, type Scope } from "./scope";
import { STORE_SHEET_NAME, type StoredFlag } from "./store";
import { finalStore, queueRateValues, queueWrites, type FindingsSheet, type WriteJob } from "./write";
import { queueReread, rereadWrites, withoutFormulaCells, type Reread } from "./formulaCells";
import type { Progress, RunResult } from "./types";

function findingsSheetName(outline: Outline, oldFindings: string[]): string {
  if (oldFindings.length > 0) return oldFindings[0];
  for (let i = 1; ; i++) {
    const name = i === 1 ? FINDINGS_SHEET_NAME : `${FINDINGS_SHEET_NAME} (${i})`;
    if (!findSheet(outline, name)) return name;
  }
}

/**
 * The fill of any cell the plan may need: from the bulk read (ExcelApi 1.9), else read
 * now in one extra sync — always at 1.7, rarely at 1.9 (a patterned fill, a cell outside
 * the used range).
 */
async function fillLookup(
  context: Excel.RequestContext,
  outline: Outline,
  checked: SheetContents[],
  flags: Flag[],
  previous: StoredFlag[],
  features: Features,
): Promise<(sheet: string, cell: string) => OriginalFill | undefined> {
  const bySheet = new Map(checked.map((c) => [c.grid.name, c]));
  const extra = new Map<string, OriginalFill>();
  const lookup = (sheet: string, cell: string) => (extra.has(cellKey(sheet, cell)) ? extra.get(cellKey(sheet, cell)) : bySheet.get(sheet)?.fillAt(cell));
  const sheetExists = (name: string) => findSheet(outline, name) !== undefined;
  const missing = fillsNeeded({ flags, previous, currentFill: lookup, sheetExists }, !features.cellProperties);
  if (missing.length > 0) for (const [key, fill] of await readFills(context, outline, missing, features)) extra.set(key, fill);
  return lookup;
}

/** Everything the write sync does, or null when there is nothing to mark and nothing to remove. */
function writeJob(outline: Outline, extras: Extras, plan: FlagPlan, rates: CellWrite[], result: WorkbookResult, fillLog: FillLogJob | null): WriteJob | null {
  const rows = findingRows(result);
  const findings: FindingsSheet | null = rows.rows.length > 0 ? { name: findingsSheetName(outline, extras.findingsSheets), ...rows } : null;
  const storeExists = findSheet(outline, STORE_SHEET_NAME) !== undefined;
  const job: WriteJob = { plan, rates, findings, oldFindings: extras.findingsSheets, storeExists, unmatched: extras.unmatched, fillLog };
  const marks = plan.paint.length + plan.restore.length + rates.length + extras.ourAnnotationSheets.size;
  return marks === 0 && !findings && job.oldFindings.length === 0 && !storeExists ? null : job;
}

/** Protected sheets or structure refuse the job before anything is sent. */
function assertJobWritable(outline: Outline, job: WriteJob, extras: Extras, result: WorkbookResult, log: FillLogTarget | null): void {
  const { plan, rates, findings, oldFindings, storeExists } = job;
  const storeAfter = finalStore(job).length > 0 || plan.paint.length > 0;
  const touched = new Set([...[...plan.paint, ...plan.restore, ...rates].map((c) => c.sheet), ...extras.ourAnnotationSheets]);
  const newLog = log !== null && rates.length > 0 && !findSheet(outline, log.name);
  if (log && rates.length > 0 && !newLog) touched.add(log.name);
  // Every sheet the batch writes, named before the first write (issue 26 §13): the findings
  // sheet cleared and rewritten, and the store written over.
  if (findings && oldFindings.includes(findings.name)) touched.add(findings.name);
  if (storeExists && (storeAfter || plan.paint.length > 0)) touched.add(STORE_SHEET_NAME);
  const addsOrRemoves =
    newLog ||
    (findings !== null && !oldFindings.includes(findings.name)) || oldFindings.some((n) => n !== findings?.name) || storeAfter !== storeExists;
  assertWritable(outline, touched, addsOrRemoves, "결과를 표시하지", result);
}

/**
 * When formulas sit on the sheets written, the rates (and their fill-log rows, first) go in a
 * batch of their own that ends by reading every formula cell back; protection is checked first,
 * as for the whole job. Null when there is nothing to read back.
 */
function queueRereadAfterRates(
  context: Excel.RequestContext,
  outline: Outline,
  rates: CellWrite[],
  formulaCells: Map<string, Set<string>>,
  extras: Extras,
  before: WorkbookResult,
  log: FillLogTarget | null,
  pageLayout: boolean,
): Reread[] | null {
  const written = new Set(rates.map((r) => r.sheet));
  const relevant = new Map([...formulaCells].filter(([sheet]) => written.has(sheet)));
  if (rates.length === 0 || relevant.size === 0) return null;
  const none: FlagPlan = { paint: [], restore: [], restoring: [], store: [], explain: [], besideUserNotes: 0, recoloured: 0 };
  const job: WriteJob = { plan: none, rates, findings: null, oldFindings: [], storeExists: false, unmatched: [], fillLog: null };
  assertJobWritable(outline, job, { ...extras, ourAnnotationSheets: new Set() }, before, log);
  // The record of the fill before the values it records (write.ts).
  if (log) queueFillLog(context, outline, log, fillLogRows(rates, new Date()), pageLayout);
  queueRateValues(outline, rates);
  return queueReread(outline, rates, relevant);
}

export async function runCheck(host: ExcelHost, scope: Scope, fill: boolean, options: CheckOptions, onProgress?: (p: Progress) => void): Promise<RunResult> {
  return runCommand(host, onProgress, async ({ context, features, report, keep }) => {
    report("시트 목록 읽는 중", 0);
    const outline = await readOutline(context, features, true, scope === "active");
    const pendingExtras = prepareExtras(outline);
    const pendingLog = fill ? prepareFillLog(outline) : null;
    const { sheets, hidden } = sheetsToCheck(outline, scope);

    report("시트 읽는 중", 1);
    // 이행률 채우기 needs to know which cells hold formulas (formulaCells.ts).
    const formulas = fill ? (features.cellProperties ? ("special" as const) : ("load" as const)) : undefined;
    const reads = { fills: features.cellProperties, merges: features.merges, hiddenRows: features.rowProperties, formulas };
    const read = await readSheets(context, sheets, reads, () => {
      pendingExtras.queue();
      pendingLog?.queue();
    });
    const checked = pledgeGrids(read.contents, scope);
    const extras = pendingExtras.collect();
    const log = pendingLog?.collect() ?? null;

    report("점검하는 중", 2);
    const grids = checked.map((c) => c.grid);
    const before = keep(checkWorkbook(grids, options));
    const writable = writableRates(fill ? planRateWrites(before, options) : []);
    const { rates, notices: formulaNotices } = withoutFormulaCells(writable.rates, read.formulaCells);
    const unwritable = [...writable.notices, ...formulaNotices];
    // After a fill the pane and the marks show what is left: the check again, on the cells
    // as written — and, where formulas may follow them, as Excel recalculated them (read back
    // in a sync of their own before the marks are planned: one more sync, only then).
    let result = rates.length > 0 ? checkWorkbook(withWrites(grids, rates), options) : before;
    let ratesWritten = false;
    const reread = queueRereadAfterRates(context, outline, rates, read.formulaCells, extras, before, log, features.pageLayout);
    if (reread) {
      report("이행률 쓰는 중", 3);
      await context.sync();
      ratesWritten = true;
      result = checkWorkbook(withWrites(grids, [...rates, ...rereadWrites(reread)]), options);
    }
    const flags = planFlags(result, rates);
    const currentFill = await fillLookup(context, outline, checked, flags, extras.store.flags, features);
    const sheetExists = (name: string) => findSheet(outline, name) !== undefined;
    const plan = planFlagWrites({ features, flags, previous: extras.store.flags, currentFill, userAnnotated: extras.userAnnotated, sheetExists });

    const logJob = log && rates.length > 0 && !ratesWritten ? { target: log, rows: fillLogRows(rates, new Date()) } : null;
    const job = writeJob(outline, extras, plan, ratesWritten ? [] : rates, result, logJob);
    let refused = 0;
    if (job) {
      assertJobWritable(outline, job, extras, before, log);
      report("결과 표시하는 중", 3);
      const queued = queueWrites(context, outline, job, features);
      try {
        await context.sync();
      } catch (error) {
        // A comment refused (a note we cannot see below 1.18): that one only (comments.ts).
        if (!queued || officeErrorCode(error) !== "InvalidOperation") throw error;
        refused = await finishComments(context, outline, queued.stamp, queued.comments, error);
      }
    }
    report("완료", STEPS);
    const fillLog = log && rates.length > 0 ? log.name : null;
    const notices = [...noticesFor(features, { ...plan, besideUserNotes: plan.besideUserNotes + refused }, hidden, job?.findings?.name ?? null, read.far), ...unwritable];
    return { result, flagged: plan.paint.length, written: rates, fillLog, notices };
  });
}
