// What the user should know about how this run was carried out, in Korean.
import { FINDINGS_SHEET_NAME } from "../core";
import type { Features } from "./host";
import type { SheetsRead } from "./contents";
import type { FlagPlan } from "./plan";

export function noticesFor(features: Features, plan: FlagPlan, hidden: string[], findingsSheet: string | null, far: SheetsRead["far"] = []): string[] {
  const notices: string[] = [];
  const sheet = `'${findingsSheet ?? FINDINGS_SHEET_NAME}' 시트`;
  if (findingsSheet && findingsSheet !== FINDINGS_SHEET_NAME) {
    notices.push(`'${FINDINGS_SHEET_NAME}' 시트가 이미 있어 결과를 ${sheet}에 적었습니다.`);
  }
  if (plan.paint.length > 0) {
    if (features.notesMissingFromLibrary && features.comments) {
      notices.push("불러온 office.js에 메모 기능이 없어 설명을 댓글로 남겼습니다. Microsoft CDN의 office.js로 빌드하면 메모로 남깁니다.");
    } else if (!features.notes && features.comments) notices.push("이 Excel은 메모 기능(ExcelApi 1.18)이 없어 설명을 댓글로 남겼습니다.");
    if (!features.notes && !features.comments) notices.push(`이 Excel은 메모·댓글 기능이 없어 설명을 ${sheet}에만 기록했습니다.`);
  }
  if (plan.besideUserNotes > 0) {
    notices.push(`사용자가 쓴 메모나 댓글이 있는 셀 ${plan.besideUserNotes}곳은 그대로 두고 설명을 ${sheet}에만 기록했습니다.`);
  }
  if (plan.unpaintable) notices.push(`그라데이션 채우기가 있는 셀 ${plan.unpaintable}곳은 색을 칠하지 않고 설명과 ${sheet}에만 표시했습니다. Excel이 그라데이션을 되돌릴 수 없어 원래 모양을 지키기 위해서입니다.`);
  if (plan.recoloured > 0) notices.push(`표시 후 채우기 색을 바꾼 셀 ${plan.recoloured}곳은 바꾼 색을 그대로 두었습니다.`);
  return [...notices, ...readingNotices(features, hidden, "check", far)];
}

const PHRASES = {
  check: { leftOut: "점검하지", readToo: "점검했습니다" },
  summary: { leftOut: "요약에 넣지", readToo: "요약에 넣었습니다" },
} as const;

/** How the sheets were read: far cells left out, merges unknown below ExcelApi 1.13, hidden sheets read too (the core's rule, rules/sheets.ts). */
export function readingNotices(features: Features, hidden: string[], what: keyof typeof PHRASES, far: SheetsRead["far"] = []): string[] {
  const { leftOut, readToo } = PHRASES[what];
  const notices: string[] = [];
  // A stray value far from the card (./occupied.ts): read, but too far to be put in the sheet's grid.
  for (const f of far) notices.push(`'${f.sheet}' 시트의 ${f.first} 등 표에서 멀리 떨어진 셀 ${f.count}개는 ${leftOut} 않았습니다. 필요 없는 값이면 지우세요.`);
  if (!features.merges) notices.push("이 Excel은 병합 셀 정보(ExcelApi 1.13)를 읽지 못해 병합을 모른 채 점검했습니다.");
  if (hidden.length > 0) notices.push(`숨겨진 시트 ${hidden.length}개도 ${readToo}: ${hidden.join(", ")}`);
  return notices;
}
