// The one write batch of a check: earlier marks put back, rate values, fills, notes or
// comments, the findings sheet with a link per row, and the store. Everything is queued
// here and sent in a single sync by the caller, after protection was checked.
//
// A sync is not a transaction: when a command fails, the commands before it stay
// applied (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
// So the batch is ordered for every prefix to be undoable by 표시 지우기: first the store
// is written holding every cell the batch may change (the earlier flags still to be
// restored, the new flags, and any record whose sheet was not found); then the cells;
// last the store is cut down to what it must keep, or removed. test/excel/partial.test.ts
// fails the batch at every command and clears after. The record of a fill (이행률 채우기
// 기록, which 표시 지우기 keeps) goes in before the rate values it records: a batch cut
// short never leaves a replaced value without its dated record.
import { printLayout, type CellWrite, type FindingRow } from "../core";
import { queueComments, STAMP_CELL, type CommentToAdd } from "./comments";
import { queueFillLog, type FillLogJob } from "./fillLog";
import type { OriginalFill } from "./fills";
import type { Features } from "./host";
import { findSheet, type Annotation, type Outline } from "./outline";
import { groupByFill, type CellFill, type FlagPlan } from "./plan";
import { encodeStore, STORE_SHEET_NAME, type StoredFlag } from "./store";
import { applyPrintLayout, linkTo, plainFormat, writeTable } from "./table";

/** Cells per RangeAreas address, to keep each address string short. */
const CELLS_PER_AREAS = 100;

type Paintable = Excel.Range | Excel.RangeAreas;

/**
 * Patterns and tints need ExcelApi 1.9; below it only the colour is set (and only colours
 * were read). The colour goes first: a batch cut short after it leaves a cell showing
 * either the applied colour or the original one, both of which 표시 지우기 recognises
 * (plan.ts); the tint comes after it, since setting a colour resets the tint.
 */
export function applyFill(target: Paintable, fill: OriginalFill, patterns: boolean): void {
  if (fill === null) {
    target.format.fill.clear();
    return;
  }
  target.format.fill.color = fill.color;
  if (patterns) target.format.fill.pattern = fill.pattern as Excel.FillPattern;
  if (patterns && fill.patternColor && fill.pattern !== "Solid") target.format.fill.patternColor = fill.patternColor;
  // A theme colour's tint is set explicitly, 0 for our own marks, so no tint is left over.
  if (patterns) target.format.fill.tintAndShade = fill.tintAndShade ?? 0;
}

/** Same fill on many cells: RangeAreas where ExcelApi 1.9 allows, else one range per cell. */
export function fillCells(outline: Outline, cells: CellFill[], features: Features): void {
  for (const group of groupByFill(cells, (c) => c.fill).values()) {
    const sheet = findSheet(outline, group.sheet);
    if (!sheet) continue;
    if (features.cellProperties) {
      for (let i = 0; i < group.cells.length; i += CELLS_PER_AREAS) {
        applyFill(sheet.proxy.getRanges(group.cells.slice(i, i + CELLS_PER_AREAS).join(",")), group.fill, true);
      }
    } else {
      for (const cell of group.cells) applyFill(sheet.proxy.getRange(cell), group.fill, false);
    }
  }
}

/** Existing annotations pledge-check wrote; they go before new ones are added. */
export function deleteOurAnnotations(annotations: Annotation[]): void {
  for (const a of annotations) if (a.ours) a.proxy.delete();
}

export interface FindingsSheet {
  name: string;
  header: string[];
  rows: FindingRow[];
}

/** Writes the findings sheet into a fresh or cleared sheet: text as text, a link per row. */
function writeFindings(sheet: Excel.Worksheet, findings: FindingsSheet, features: Features): void {
  const range = writeTable(sheet, [findings.header, ...findings.rows.map((r) => r.values)], findings.header.length, plainFormat);
  const linkColumn = Math.max(0, findings.header.indexOf("셀"));
  findings.rows.forEach((row, i) => linkTo(sheet.getRangeByIndexes(i + 1, linkColumn, 1, 1), row.sheet, row.cell, row.cell));
  sheet.freezePanes.freezeRows(1);
  range.format.autofitColumns();
  applyPrintLayout(sheet, printLayout(0, findings.rows.length, findings.header.length), features.pageLayout);
}

/** Replaces pledge-check's own sheet of this name (cleared, keeping its tab) or adds one. */
function ownSheet(context: Excel.RequestContext, outline: Outline, name: string, exists: boolean): Excel.Worksheet {
  if (!exists) return context.workbook.worksheets.add(name);
  const sheet = (findSheet(outline, name) as { proxy: Excel.Worksheet }).proxy;
  sheet.getRange().clear();
  return sheet;
}

export interface WriteJob {
  plan: FlagPlan;
  rates: CellWrite[];
  findings: FindingsSheet | null;
  /** Findings sheets pledge-check wrote before. */
  oldFindings: string[];
  storeExists: boolean;
  /** Store records whose sheet was not found: written back, never dropped. */
  unmatched: StoredFlag[];
  /** 이행률 채우기 only: the rows to append to the fill log. */
  fillLog: FillLogJob | null;
}

/** What the store holds once the batch is done. */
export function finalStore(job: WriteJob): StoredFlag[] {
  return [...job.plan.store, ...job.unmatched];
}

/** Rows of a sheet (Excel's limit), for clearing everything below the store's table. */
const SHEET_ROWS = 1_048_576;

/**
 * Writes the store's rows into `sheet`, or adds it (very hidden at once, so it is never
 * seen). An existing store is written over, then the rows below are cleared — never
 * cleared first, so a batch cut short in between still finds the earlier records.
 */
function writeStore(context: Excel.RequestContext, outline: Outline, flags: StoredFlag[], findingsSheet: string | null, sheet: Excel.Worksheet | null): Excel.Worksheet {
  const existed = sheet !== null;
  if (!sheet) {
    sheet = context.workbook.worksheets.add(STORE_SHEET_NAME);
    sheet.visibility = "VeryHidden";
  }
  const idOf = (name: string) => findSheet(outline, name)?.id;
  const rows = encodeStore({ flags: flags.map((f) => ({ ...f, sheetId: f.sheetId ?? idOf(f.sheet) })), findingsSheet });
  writeTable(sheet, rows, rows[0].length, () => "@");
  if (existed) sheet.getRangeByIndexes(rows.length, 0, SHEET_ROWS - rows.length, rows[0].length).clear();
  return sheet;
}

/** Excel refuses to delete a very hidden sheet (Worksheet.delete: InvalidOperation): hidden first. */
function removeStore(outline: Outline): void {
  const sheet = (findSheet(outline, STORE_SHEET_NAME) as { proxy: Excel.Worksheet }).proxy;
  sheet.visibility = "Hidden";
  sheet.delete();
}

function dedupe(flags: StoredFlag[]): StoredFlag[] {
  const seen = new Map<string, StoredFlag>();
  for (const f of flags) if (!seen.has(`${f.sheet}\u0000${f.cell}`)) seen.set(`${f.sheet}\u0000${f.cell}`, f);
  return [...seen.values()];
}

/** What the batch ends with: threaded comments, after a stamp in the store (see comments.ts). */
export interface QueuedComments {
  stamp: string;
  comments: CommentToAdd[];
}

/** The rate values, each with its number format first. */
export function queueRateValues(outline: Outline, rates: CellWrite[]): void {
  for (const write of rates) {
    const sheet = findSheet(outline, write.sheet);
    if (!sheet) continue;
    const cell = sheet.proxy.getRange(write.cell);
    // The core's plan: "74%" text under `@` (else Excel would make it 0.74), 0.86 under `0%`.
    if (write.numberFormat !== null) cell.numberFormat = [[write.numberFormat]];
    cell.values = [[write.value]];
  }
}

export function queueWrites(context: Excel.RequestContext, outline: Outline, job: WriteJob, features: Features): QueuedComments | null {
  const findingsSheet = job.findings?.name ?? null;
  const final = finalStore(job);
  // 1. The store first, covering every cell this batch may change.
  let storeSheet = job.storeExists ? (findSheet(outline, STORE_SHEET_NAME) as { proxy: Excel.Worksheet }).proxy : null;
  let stored: StoredFlag[] | null = null;
  if (job.plan.paint.length > 0) {
    stored = dedupe([...job.plan.store, ...job.plan.restoring, ...job.unmatched]);
    storeSheet = writeStore(context, outline, stored, findingsSheet, storeSheet);
  }

  // 2. The cells, earlier marks first.
  fillCells(outline, job.plan.restore, features);
  deleteOurAnnotations(outline.annotations);

  if (job.fillLog) queueFillLog(context, outline, job.fillLog.target, job.fillLog.rows, features.pageLayout);
  queueRateValues(outline, job.rates);
  fillCells(
    outline,
    job.plan.paint.map((p) => ({ sheet: p.sheet, cell: p.cell, fill: { color: p.color, pattern: "Solid" } })),
    features,
  );
  // Notes here (at 1.18 the user's notes are known, so none is refused); comments last (comments.ts).
  for (const e of job.plan.explain) {
    const sheet = findSheet(outline, e.sheet);
    if (!sheet || e.kind !== "note") continue;
    sheet.proxy.notes.add(sheet.proxy.getRange(e.cell), e.text);
  }

  for (const name of job.oldFindings) if (name !== findingsSheet) (findSheet(outline, name) as { proxy: Excel.Worksheet }).proxy.delete();
  if (job.findings) writeFindings(ownSheet(context, outline, job.findings.name, job.oldFindings.includes(job.findings.name)), job.findings, features);

  // 3. The store cut down to what it keeps, or removed.
  if (final.length === 0) {
    if (job.storeExists) removeStore(outline);
    return null;
  }
  if (!stored || stored.length !== final.length) storeSheet = writeStore(context, outline, final, findingsSheet, storeSheet);

  // 4. Threaded comments, after a stamp that proves everything above went in.
  const comments = job.plan.explain.filter((e) => e.kind === "comment").map(({ sheet, cell, text }) => ({ sheet, cell, text }));
  if (comments.length === 0 || !storeSheet) return null;
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  storeSheet.getRange(STAMP_CELL).values = [[stamp]];
  queueComments(context, outline, comments);
  return { stamp, comments };
}
