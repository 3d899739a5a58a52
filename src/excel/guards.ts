// Shared steps of the write paths: reading a few cells' fills in one sync, and refusing
// to write (before anything is sent) where a sheet or the workbook is protected.
import { FINDINGS_SHEET_NAME, type CellWrite, type WorkbookResult } from "../core";
import { PledgeCheckError } from "./errors";
import { cellKey } from "./extras";
import { fillFromCellProperties, fillFromColor, type OriginalFill } from "./fills";
import { FULL_FILL_OPTIONS } from "./grid";
import type { Features } from "./host";
import { findSheet, type Outline } from "./outline";

/** One sync: fills of the given cells (1.7: format.fill.color, so white reads as no fill). */
export async function readFills(context: Excel.RequestContext, outline: Outline, cells: { sheet: string; cell: string }[], features: Features): Promise<Map<string, OriginalFill>> {
  const pending = cells.flatMap(({ sheet, cell }) => {
    const info = findSheet(outline, sheet);
    if (!info) return [];
    const range = info.proxy.getRange(cell);
    const read = features.cellProperties
      ? { props: range.getCellProperties(FULL_FILL_OPTIONS), fill: null }
      : { props: null, fill: range.format.fill.load("color") };
    return [{ key: cellKey(sheet, cell), ...read }];
  });
  await context.sync();
  return new Map(pending.map((p) => [p.key, p.props ? fillFromCellProperties(p.props.value[0][0].format?.fill) : fillFromColor(p.fill?.color ?? null)]));
}

/**
 * Sheets the write would change must not be protected; new or removed sheets need an
 * unprotected structure. `ownSheet` names the sheet pledge-check would add or remove.
 */
export function assertWritable(
  outline: Outline,
  sheets: Set<string>,
  structure: boolean,
  failed: "결과를 표시하지" | "표시를 지우지" | "요약 시트를 만들지",
  result: WorkbookResult | null,
  ownSheet = FINDINGS_SHEET_NAME,
): void {
  const locked = [...sheets].filter((name) => findSheet(outline, name)?.protected);
  if (locked.length > 0) {
    throw new PledgeCheckError(
      `보호된 시트가 있어 ${failed} 못했습니다: ${locked.map((n) => `'${n}'`).join(", ")}. [검토] 탭에서 시트 보호를 해제한 뒤 다시 실행하세요. 통합 문서는 바뀌지 않았습니다.`,
      "AccessDenied",
      result,
    );
  }
  if (structure && outline.structureProtected) {
    throw new PledgeCheckError(
      `통합 문서 구조가 보호되어 있어 '${ownSheet}' 시트를 만들거나 지울 수 없어 ${failed} 못했습니다. [검토] 탭에서 통합 문서 보호를 해제한 뒤 다시 실행하세요. 통합 문서는 바뀌지 않았습니다.`,
      "AccessDenied",
      result,
    );
  }
}

/**
 * The planned rate writes the adapter may send: never a number that is not finite (NaN or
 * Infinity would land in the workbook as #NUM!-like garbage), whatever the core planned.
 * The refused ones come back with a Korean notice for the pane.
 */
export function writableRates(plan: readonly CellWrite[]): { rates: CellWrite[]; notices: string[] } {
  const rates: CellWrite[] = [];
  const notices: string[] = [];
  for (const write of plan) {
    const bad = typeof write.value === "number" ? !Number.isFinite(write.value) : /nan|infinity/i.test(write.value);
    if (bad) notices.push(`시트 '${write.sheet}' ${write.cell}: 계산한 이행률(${String(write.value)})이 숫자가 아니어서 쓰지 않았습니다.`);
    else rates.push(write);
  }
  return { rates, notices };
}
