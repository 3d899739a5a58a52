// A rate cell that is the master of a shared formula (what Excel writes when a formula is
// filled down, ECMA-376 Part 1 §18.3.1.40 `t="shared"`): its clones only say "the master's
// formula, moved here". Once the master becomes a value they would point at nothing and
// exceljs refuses to write the workbook. Each clone is turned into its own plain formula
// first (exceljs's own translation, Cell.formula of a clone), so the copy computes as before.
import type ExcelJS from "exceljs";

interface SharedValue {
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  result?: unknown;
}

/** Plain formulas for every clone of the masters among `cells` (A1 addresses on `sheet`). */
export function unshareFormulas(sheet: ExcelJS.Worksheet, cells: readonly string[]): number {
  const masters = new Set(cells.filter((address) => (sheet.getCell(address).value as SharedValue | null)?.shareType === "shared"));
  if (masters.size === 0) return 0;
  let turned = 0;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as SharedValue | null;
      if (!value?.sharedFormula || !masters.has(value.sharedFormula)) return;
      cell.value = { formula: cell.formula, result: value.result } as ExcelJS.CellFormulaValue;
      turned++;
    }),
  );
  return turned;
}

/** exceljs's refusal to write a clone without its master, as the cell and a Korean reason. */
export class SharedFormulaUnwritable extends Error {
  constructor(readonly cell: string) {
    super(`셀 ${cell}의 공유 수식(채우기로 복사된 수식)이 기준이 되는 위쪽·왼쪽 셀을 찾지 못해 사본을 쓸 수 없습니다. 그 셀의 수식을 다시 입력해 저장한 뒤 점검하세요.`);
  }
}

/** The Korean error for exceljs's shared-formula failure, or the error as it was. */
export function sharedFormulaProblem(error: unknown): unknown {
  const match = error instanceof Error ? /Shared Formula master must exist above and or left of clone for cell (\S+)/.exec(error.message) : null;
  return match ? new SharedFormulaUnwritable(match[1]) : error;
}
