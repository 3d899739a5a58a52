// Which sheets a command reads: the core decides which count (sheetCounts: every
// visibility, never pledge-check's own — the store, findings sheets by name, 요약 sheets by
// the marker in A1 once read); the hidden ones checked are named to the user.
import { hiddenCounted, isReviewerSheet, ownSheetKind, readCellAt, sheetCounts, type SheetGrid } from "../core";
import { withParticle } from "../core/josa";
import { PledgeCheckError } from "./errors";
import type { SheetContents } from "./grid";
import { findSheet, visibilityOf, type Outline, type SheetInfo } from "./outline";

export type Scope = "active" | "all";

/** The adapter's codes for "the active sheet is pledge-check's own": the pane says so plainly, not as an error. */
export const OWN_SHEET_CODES: readonly string[] = ["FindingsSheetActive", "ReviewerSheetActive", "SummarySheetActive", "FillLogActive"];

function ownSheet(name: string, what: string, code: string): PledgeCheckError {
  return new PledgeCheckError(`'${name}' 시트는 ${withParticle(what, "이라/라")} 검사하지 않습니다. 공약 카드가 있는 시트를 고른 뒤 [이\u00a0시트\u00a0검사]를 누르세요.`, code);
}

export function sheetsToCheck(outline: Outline, scope: Scope): { sheets: SheetInfo[]; hidden: string[] } {
  const ours = (s: SheetInfo) => !sheetCounts(s.name) && !isReviewerSheet(s.name);
  if (scope === "active") {
    const active = outline.active ? findSheet(outline, outline.active) : undefined;
    if (!active) throw new PledgeCheckError("선택된 시트가 없습니다. 점검할 시트를 선택하세요.", "NoActiveSheet");
    if (ours(active)) throw ownSheet(active.name, "점검 결과를 적는 시트", "FindingsSheetActive");
    if (isReviewerSheet(active.name)) throw ownSheet(active.name, "공약 점검이 읽기만 하는 목록(점검 예외·공약 목록)", "ReviewerSheetActive");
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
      throw ownSheet(c.grid.name, what, code);
    }
  }
  return pledges;
}
