// Label words and kind words (issue 8, items 1 and 9): what a 구분 label or a name means.
import { describe, expect, it } from "vitest";
import { readRowLabel, rowLabelKind } from "../../../src/core/rules/labels";
import { periodRoleHeader } from "../../../src/core/layout";
import { detectKind, stageWord } from "../../../src/core/kinds/kind";

describe("row labels", () => {
  const cases: [string, string | null, string | null][] = [
    ["목표 (누계)", "target", "cumulative"],
    ["계획", "target", "plain"],
    ["누계 목표", "target", "cumulative"],
    ["목표(연간)", "target", "annual"],
    ["달성목표", "target", "plain"],
    ["추진계획", "target", "plain"],
    ["이행 (누계)", "actual", "cumulative"],
    ["실적", "actual", "plain"],
    ["추진실적(누적)", "actual", "cumulative"],
    ["달성", "actual", "plain"],
    ["누계 실적", "actual", "cumulative"],
    ["달성률 (%)", "rate", "plain"],
    ["목표 대비 실적(%)", "rate", "plain"],
    ["비고", null, null],
  ];
  it.each(cases)("%s → %s %s", (text, role, span) => {
    const label = readRowLabel(text);
    expect(label ? [label.role, label.span] : [null, null]).toEqual([role, span]);
  });
});

describe("configured label words (Rules.labels)", () => {
  const words = { target: ["목표"], actual: ["성과"] };
  it("reads a 구분 label and a one-row-per-indicator header by the configured words", () => {
    // 성과 is no default word; under this config it starts an actual row, and 실적 no longer does.
    expect(readRowLabel("성과 (누계)", words)).toEqual({ role: "actual", span: "cumulative" });
    expect(rowLabelKind("실적", words)).toBeNull();
    expect(rowLabelKind("실적")).toBe("actual");
    expect(periodRoleHeader("2022년 성과", words)).toEqual({ period: "2022년", role: "actual" });
    expect(periodRoleHeader("2022년 성과")).toBeNull();
    // The longest word wins: 추진실적, not 실적, so the period is `2023`.
    expect(periodRoleHeader("2023 추진실적 (누계)")).toEqual({ period: "2023", role: "actual" });
    expect(periodRoleHeader("확인지표 목표")).toBeNull();
  });
});

describe("indicator kinds", () => {
  it("reads the unit, the name and stage words", () => {
    expect(detectKind("건립 공정률", "%", false)).toBe("level");
    expect(detectKind("주민 만족도", "점", false)).toBe("level");
    expect(detectKind("교통사고 사망자 수", "명", false)).toBe("decreasing");
    expect(detectKind("교통사고 예방 교육", "회", false)).toBe("count");
    expect(detectKind("교류활동 횟수", "회", false)).toBe("count");
    expect(detectKind("청년센터 건립", "", true)).toBe("milestone");
  });

  it("tells a stage word from a number or an unreadable typo", () => {
    expect(stageWord("착공")).toBe("착공");
    expect(stageWord("실시설계 완료")).toBe("실시설계완료");
    expect(stageWord("8(16)")).toBeNull();
    expect(stageWord("하나")).toBeNull();
    expect(stageWord(12)).toBeNull();
  });
});
