// The one write batch of a check: earlier marks put back, rate values, fills, notes or
// comments, the findings sheet with a link per row, and the store. Everything is queued
// here and sent in a single sync by the caller, after protection was checked, so Excel
// gets all of it or (refusing the request) none of it.
import { printLayout, type CellWrite, type FindingRow } from "../core";
import type { OriginalFill } from "./fills";
import type { Features } from "./host";
import { findSheet, type Annotation, type Outline } from "./outline";
import { groupByFill, type CellFill, type FlagPlan } from "./plan";
import { encodeStore, STORE_SHEET_NAME, type Store } from "./store";
import { applyPrintLayout, linkTo, plainFormat, writeTable } from "./table";

/** Cells per RangeAreas address, to keep each address string short. */
const CELLS_PER_AREAS = 100;

type Paintable = Excel.Range | Excel.RangeAreas;

/** Patterns need ExcelApi 1.9; below it only the colour is set (and only colours were read). */
export function applyFill(target: Paintable, fill: OriginalFill, patterns: boolean): void {
  if (fill === null) {
    target.format.fill.clear();
    return;
  }
  if (patterns) target.format.fill.pattern = fill.pattern as Excel.FillPattern;
  target.format.fill.color = fill.color;
  if (patterns && fill.patternColor && fill.pattern !== "Solid") target.format.fill.patternColor = fill.patternColor;
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
}

export function queueWrites(context: Excel.RequestContext, outline: Outline, job: WriteJob, features: Features): void {
  fillCells(outline, job.plan.restore, features);
  deleteOurAnnotations(outline.annotations);

  for (const write of job.rates) {
    const sheet = findSheet(outline, write.sheet);
    if (!sheet) continue;
    const cell = sheet.proxy.getRange(write.cell);
    // A rate the card writes as text ("74%") stays text; typed into a General cell Excel would make it 0.74.
    if (typeof write.value === "string") cell.numberFormat = [["@"]];
    cell.values = [[write.value]];
  }
  fillCells(
    outline,
    job.plan.paint.map((p) => ({ sheet: p.sheet, cell: p.cell, fill: { color: p.color, pattern: "Solid" } })),
    features,
  );
  for (const e of job.plan.explain) {
    const sheet = findSheet(outline, e.sheet);
    if (!sheet) continue;
    const cell = sheet.proxy.getRange(e.cell);
    if (e.kind === "note") sheet.proxy.notes.add(cell, e.text);
    else context.workbook.comments.add(cell, e.text);
  }

  for (const name of job.oldFindings) if (name !== job.findings?.name) (findSheet(outline, name) as { proxy: Excel.Worksheet }).proxy.delete();
  if (job.findings) writeFindings(ownSheet(context, outline, job.findings.name, job.oldFindings.includes(job.findings.name)), job.findings, features);

  const store: Store = { flags: job.plan.store, findingsSheet: job.findings?.name ?? null };
  if (store.flags.length === 0) {
    if (job.storeExists) (findSheet(outline, STORE_SHEET_NAME) as { proxy: Excel.Worksheet }).proxy.delete();
    return;
  }
  const sheet = ownSheet(context, outline, STORE_SHEET_NAME, job.storeExists);
  const rows = encodeStore(store);
  writeTable(sheet, rows, rows[0].length, () => "@");
  if (!job.storeExists) sheet.visibility = "VeryHidden";
}
