// --fix: an annotated copy of a checked workbook. Rate cells get the core's values,
// flagged cells a fill and a note, and a findings sheet is added. Nothing else changes.
// Whatever the core plans, no non-finite number is written and no value goes into a cell
// that is not the top-left of its merged area (exceljs would put it in the top-left).
import type ExcelJS from "exceljs";
import { planFlags, planRateWrites, type CheckOptions, type CellWrite, type Flag, type WorkbookResult } from "../core";
import { addFindingsSheet } from "./findingsSheet";
import { combinedNote } from "./notes";
import { storedRate } from "./rateValue";
import { sharedFormulaProblem, unshareFormulas } from "./sharedFormulas";
import { markPackage } from "./marker";
import { writeAtomically, type FileIdentity } from "./safeWrite";
import { cellText } from "./textLimit";

export interface FixSummary {
  writes: CellWrite[];
  flags: Flag[];
  findingsSheet: string;
  /** Korean notes on planned writes that were not made, and why. */
  refused: string[];
}

/** exceljs ValueType.Merge: a merged cell that is not the top-left one. */
const MERGE_TYPE = 1;

export async function writeAnnotatedCopy(
  workbook: ExcelJS.Workbook,
  result: WorkbookResult,
  outPath: string,
  options: CheckOptions,
  inputs: readonly FileIdentity[] = [],
): Promise<FixSummary> {
  const summary = annotate(workbook, result, options);
  const bytes = await workbook.xlsx.writeBuffer().catch((error: unknown) => {
    throw sharedFormulaProblem(error);
  });
  await writeAtomically(outPath, markPackage(new Uint8Array(bytes as ArrayBuffer), "검토 사본"), inputs, "검토 사본");
  return summary;
}

/**
 * Applies the core's plan to the workbook in memory. `plan` is the core's unless a test
 * passes one, to prove the guards below hold whatever the core plans.
 */
export function annotate(
  workbook: ExcelJS.Workbook,
  result: WorkbookResult,
  options: CheckOptions,
  plan: readonly CellWrite[] = planRateWrites(result, options),
): FixSummary {
  const refused: string[] = [];
  const writes: CellWrite[] = [];
  /** Formulas replaced by a value, by `sheet!cell`: their text goes into the note. */
  const formulas = new Map<string, string>();
  for (const sheet of new Set(plan.map((write) => write.sheet))) {
    const worksheet = workbook.getWorksheet(sheet);
    if (worksheet) unshareFormulas(worksheet, plan.filter((write) => write.sheet === sheet).map((write) => write.cell));
  }
  for (const write of plan) {
    const cell = cellAt(workbook, write.sheet, write.cell);
    if (!cell) continue;
    const why = refusal(cell, write);
    if (why) {
      refused.push(`시트 '${write.sheet}' ${write.cell}에 이행률을 쓰지 않았습니다: ${why}`);
      continue;
    }
    if (cell.formula) formulas.set(`${write.sheet}!${write.cell}`, `=${cell.formula}`);
    cell.value = storedRate(write, cell.numFmt);
    // The plan's format (`0%`, `@` for text); the style object is shared, so set it on a copy.
    if (write.numberFormat !== null) cell.style = { ...cell.style, numFmt: write.numberFormat };
    writes.push(write);
  }
  const flags = planFlags(result, writes);
  paintFlags(workbook, flags, formulas);
  const sheet = addFindingsSheet(workbook, result);
  return { writes, flags, findingsSheet: sheet.name, refused };
}

/**
 * Each flag's fill and note on its cell (the user's own note is kept above ours). `formulas`
 * are the formulas a write replaced, by `sheet!cell`: their text goes into the note.
 */
export function paintFlags(workbook: ExcelJS.Workbook, flags: Flag[], formulas = new Map<string, string>()): void {
  for (const flag of flags) {
    const cell = cellAt(workbook, flag.sheet, flag.cell);
    if (!cell) continue;
    // exceljs shares one style object among cells loaded with the same style, so the
    // fill goes on a copy; `cell.fill = …` would colour every cell of that style.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(flag.color) } } };
    const key = `${flag.sheet}!${flag.cell}`;
    const formula = formulas.get(key);
    formulas.delete(key);
    cell.note = cellText(combinedNote(cell.note, formula ? `${flag.note}\n원래 수식: ${formula}` : flag.note));
  }
  for (const [key, formula] of formulas) {
    const at = key.lastIndexOf("!");
    const cell = cellAt(workbook, key.slice(0, at), key.slice(at + 1));
    if (cell) cell.note = cellText(combinedNote(cell.note, `원래 수식: ${formula}`));
  }
}

/** Why this planned write must not be made, or null. */
function refusal(cell: ExcelJS.Cell, write: CellWrite): string | null {
  if (typeof write.value === "number" && !Number.isFinite(write.value)) return `계산한 값(${write.value})이 숫자가 아닙니다.`;
  if (typeof write.value === "string" && /nan|infinity/i.test(write.value)) return `계산한 값(${write.value})이 숫자가 아닙니다.`;
  const master = mergeMaster(cell);
  if (master && master !== cell.address) return `병합된 영역 안의 셀이라 값이 왼쪽 위 셀 ${master}에 들어가게 됩니다.`;
  return null;
}

/** The top-left address of the merge holding this cell, or null (also large, unfilled merges). */
function mergeMaster(cell: ExcelJS.Cell): string | null {
  if (cell.type === MERGE_TYPE) return cell.master.address;
  const merges = (cell.worksheet as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number; tl: string }> })._merges ?? {};
  const row = Number(cell.row);
  const col = Number(cell.col);
  for (const m of Object.values(merges)) {
    if (m && row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m.tl;
  }
  return null;
}

function cellAt(workbook: ExcelJS.Workbook, sheet: string, address: string): ExcelJS.Cell | null {
  const worksheet = workbook.getWorksheet(sheet);
  return worksheet ? worksheet.getCell(address) : null;
}

/** "#FFC7CE" -> "FFFFC7CE" (exceljs wants alpha first). */
function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}
