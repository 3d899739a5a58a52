// A check from start to finish inside one Excel.run: sync 1 the outline, sync 2 the
// sheets (with fills, store, findings header, user-note locations), the core decides,
// then one sync writes. With ExcelApi 1.7 (no getCellProperties) the flagged cells'
// fills are read in one extra sync before writing: 4 syncs instead of 3. Nothing to
// write (no findings, no earlier marks) means no write sync at all.
import { checkWorkbook, findingRows, FINDINGS_SHEET_NAME, planFlags, planRateWrites, type CheckOptions, type WorkbookResult } from "../core";
import { readSheets } from "./contents";
import { cellKey, isFindingsName, prepareExtras } from "./extras";
import type { OriginalFill } from "./fills";
import { detectFeatures, type ExcelHost, type Features } from "./host";
import { noticesFor } from "./notices";
import { findSheet, readOutline, type Outline, type SheetInfo } from "./outline";
import { fillsNeeded, planFlagWrites } from "./plan";
import { STORE_SHEET_NAME } from "./store";
import { PledgeCheckError, toPledgeCheckError } from "./errors";
import { assertWritable, readFills } from "./guards";
import { queueWrites, type FindingsSheet } from "./write";
import type { Progress, RunResult } from "./types";

export type Scope = "active" | "all";

const STEPS = 4;

/** Pledge-check's own sheets (by name) are never checked; hidden sheets are skipped and reported. */
function sheetsToCheck(outline: Outline, scope: Scope): { sheets: SheetInfo[]; hidden: string[] } {
  const ours = (s: SheetInfo) => s.name === STORE_SHEET_NAME || isFindingsName(s.name);
  if (scope === "active") {
    const active = outline.active ? findSheet(outline, outline.active) : undefined;
    if (!active) throw new PledgeCheckError("선택된 시트가 없습니다. 점검할 시트를 선택하세요.", "NoActiveSheet");
    if (ours(active)) throw new PledgeCheckError(`'${active.name}' 시트는 점검 결과를 적는 시트입니다. 공약 카드가 있는 시트를 선택하세요.`, "FindingsSheetActive");
    return { sheets: [active], hidden: [] };
  }
  const candidates = outline.sheets.filter((s) => !ours(s));
  return { sheets: candidates.filter((s) => s.visibility === "Visible"), hidden: candidates.filter((s) => s.visibility !== "Visible").map((s) => s.name) };
}

function findingsSheetName(outline: Outline, oldFindings: string[]): string {
  if (oldFindings.length > 0) return oldFindings[0];
  for (let i = 1; ; i++) {
    const name = i === 1 ? FINDINGS_SHEET_NAME : `${FINDINGS_SHEET_NAME} (${i})`;
    if (!findSheet(outline, name)) return name;
  }
}

export async function runCheck(host: ExcelHost, scope: Scope, fill: boolean, options: CheckOptions, onProgress?: (p: Progress) => void): Promise<RunResult> {
  const features = detectFeatures(host);
  const report = (stage: string, done: number) => onProgress?.({ stage, done, total: STEPS });
  let result: WorkbookResult | null = null;
  try {
    return await host.run(async (context) => {
      report("시트 목록 읽는 중", 0);
      const outline = await readOutline(context, features);
      const extras = prepareExtras(outline);
      const { sheets, hidden } = sheetsToCheck(outline, scope);

      report("시트 읽는 중", 1);
      const checked = await readSheets(context, sheets, features, extras.queue);
      const { store, findingsSheets, userAnnotated, ourAnnotationSheets } = extras.collect();

      report("점검하는 중", 2);
      result = checkWorkbook(
        checked.map((c) => c.grid),
        options,
      );
      const rates = fill ? planRateWrites(result, options) : [];
      const flags = planFlags(result, rates);

      const known = new Map(checked.map((c) => [c.grid.name, c]));
      const fills = new Map<string, OriginalFill>();
      const currentFill = (sheet: string, cell: string) => (fills.has(cellKey(sheet, cell)) ? fills.get(cellKey(sheet, cell)) : known.get(sheet)?.fillAt(cell));
      const sheetExists = (name: string) => findSheet(outline, name) !== undefined;
      const missing = fillsNeeded({ flags, previous: store.flags, currentFill, sheetExists }, !features.cellProperties);
      if (missing.length > 0) for (const [key, value] of await readFills(context, outline, missing, features)) fills.set(key, value);

      const plan = planFlagWrites({ features, flags, previous: store.flags, currentFill, userAnnotated, sheetExists });
      const rows = findingRows(result);
      const findings: FindingsSheet | null = rows.rows.length > 0 ? { name: findingsSheetName(outline, findingsSheets), ...rows } : null;
      const storeExists = sheetExists(STORE_SHEET_NAME);
      const nothingToDo = plan.paint.length === 0 && plan.restore.length === 0 && rates.length === 0 && !findings && findingsSheets.length === 0 && !storeExists;
      if (!nothingToDo) {
        const touched = new Set([...[...plan.paint, ...plan.restore, ...rates].map((c) => c.sheet), ...ourAnnotationSheets]);
        const structure = (findings !== null && !findingsSheets.includes(findings.name)) || findingsSheets.some((n) => n !== findings?.name) || (plan.store.length > 0) !== storeExists;
        assertWritable(outline, touched, structure, result);
        report("결과 표시하는 중", 3);
        queueWrites(context, outline, { plan, rates, findings, oldFindings: findingsSheets, storeExists }, features);
        await context.sync();
      }
      report("완료", STEPS);
      return { result, flagged: plan.paint.length, written: rates, notices: noticesFor(features, plan, hidden, findings?.name ?? null) };
    });
  } catch (error) {
    throw toPledgeCheckError(error, result);
  }
}
