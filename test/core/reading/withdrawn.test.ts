// Issue 21 (reading): an indicator marked as withdrawn in its name — `(삭제)`, `(2024 폐지)`,
// `※ 제외`, `… - 폐지` — is withdrawn; a name that merely contains the word (폐지 = waste paper) is not.
import { describe, expect, it } from "vitest";
import { isWithdrawnName } from "../../../src/core/rules";

describe("withdrawn indicator names", () => {
  it.each(["주민 설명회 (삭제)", "주민 설명회(2024 폐지)", "[제외] 주민 설명회", "※ 폐지 주민 설명회", "주민 설명회 - 폐지", "주민 설명회 → 삭제", "(폐지됨) 주민 설명회"])("%s is withdrawn", (name) => {
    expect(isWithdrawnName(name)).toBe(true);
  });
  it.each(["폐지 수거함 설치", "폐지 재활용률", "규제 삭제 건수 확대", "주민 설명회"])("%s is not", (name) => {
    expect(isWithdrawnName(name)).toBe(false);
  });
});
