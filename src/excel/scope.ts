// Which sheets a command reads: the core decides which count (sheetCounts: every
// visibility, never pledge-check's own — the store, findings sheets by name, 요약 sheets by
// the marker in A1 once read); the hidden ones checked are named to the user.
import { hiddenCounted, isReviewerSheet, ownSheetKind, readCellAt, sheetCounts, type SheetGrid } from "../core";
import { PledgeCheckError } from "./errors";
import type { SheetContents } from "./grid";
import { findSheet, visibilityOf, type Outline, type SheetInfo } from "./outline";

export type Scope = "active" | "all";

export function sheetsToCheck(outline: Outline, scope: Scope): { sheets: SheetInfo[]; hidden: string[] } {
  const ours = (s: SheetInfo) => !sheetCounts(s.name) && !isReviewerSheet(s.name);
  if (scope === "active") {
    const active = outline.active ? findSheet(outline, outline.active) : undefined;
    if (!active) throw new PledgeCheckError("선택된 시트가 없습니다. 점검할 시트를 선택하세요.", "NoActiveSheet");
    if (ours(active)) throw new PledgeCheckError(`'${active.name}' 시트는 점검 결과를 적는 시트입니다. 공약 카드가 있는 시트를 선택하세요.`, "FindingsSheetActive");
    // 점검 예외 is read too (never checked), so a finding accepted there shows as accepted.
    const reviewer = outline.sheets.filter((s) => s !== active && isReviewerSheet(s.name));
    return { sheets: [active, ...reviewer], hidden: [] };
  }
  const sheets = outline.sheets.filter((s) => !ours(s));
  return { sheets, hidden: hiddenCounted(sheets.map((s) => ({ name: s.name, visibility: visibilityOf(s) }))) };
}

/** Which of pledge-check's own sheets a grid read from A1 is (요약, 이행률 채우기 기록), or null. */
function ownKind(grid: SheetGrid): ReturnType<typeof ownSheetKind> {
  return (grid.originRow ?? 0) === 0 && (grid.originCol ?? 0) === 0 ? ownSheetKind(readCellAt(grid, 0, 0)) : null;
}

const ACTIVE_OWN: Record<"summary" | "fillLog", { what: string; code: string }> = {
  summary: { what: "공약 점검이 만든 요약 시트", code: "SummarySheetActive" },
  fillLog: { what: "공약 점검이 채운 이행률을 기록하는 시트", code: "FillLogActive" },
};

/** The grids to check: what was read, less pledge-check's own sheets (refused when that is the active sheet). */
export function pledgeGrids(contents: SheetContents[], scope: Scope): SheetContents[] {
  const pledges: SheetContents[] = [];
  for (const c of contents) {
    const kind = ownKind(c.grid);
    if (kind === null) pledges.push(c);
    else if (scope === "active") {
      const { what, code } = ACTIVE_OWN[kind];
      throw new PledgeCheckError(`'${c.grid.name}' 시트는 ${what}입니다. 공약 카드가 있는 시트를 선택하세요.`, code);
    }
  }
  return pledges;
}
