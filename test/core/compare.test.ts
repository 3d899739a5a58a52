// Comparing two submissions. The earlier one is seed card 6-3-3 as of 2025. 6. 30.; in
// cardGrid's layout its header is row 5, periods D..H (2022 … 2026. 6.), rates in I,
// indicator 1 (교류활동 횟수) rows 6-7, indicator 2 (자매결연 관련 행사 개최) rows 8-9, the
// pledge rate I10, status D2, headline I2, as-of I4. Periods that had ended at 2025-06-30:
// 2022, 2023, 2024 (2025 runs to 2025-12, so it had not).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CHANGE_CODES, checkWorkbook, compareWorkbooks, planChangeFlags, type Change } from "../../src/core";
import { cardGrid, seedCard633, seedCard723, stackCards, type CardSpec } from "../../src/sample/cards";

function current(edit: (spec: CardSpec) => void, asOf = "2025. 9. 30."): CardSpec {
  const spec = seedCard633();
  spec.asOf = asOf;
  edit(spec);
  return spec;
}

function compare(before: CardSpec[], after: CardSpec[]): Change[] {
  return compareWorkbooks(checkWorkbook(before.map(cardGrid)), checkWorkbook(after.map(cardGrid)));
}

const brief = (c: Change) => [c.code, c.severity, c.cell, c.before, c.after];

describe("compare", () => {
  it("reports nothing when only the as-of date moved on", () => {
    expect(compare([seedCard633()], [current(() => {})])).toEqual([]);
  });

  it("AS_OF_NOT_LATER: the same as-of date again", () => {
    const changes = compare([seedCard633()], [current(() => {}, "2025. 6. 30.")]);
    expect(changes.map(brief)).toEqual([["AS_OF_NOT_LATER", "warning", "I4", "2025-06-30", "2025-06-30"]]);
    expect(changes[0].message).toBe("기준일(2025-06-30)이 이전 제출의 기준일(2025-06-30)보다 늦지 않습니다. 새 분기 자료인지 확인하세요.");
  });

  it("PAST_ACTUAL_CHANGED, NEW_ACTUAL and CUMULATIVE_DECREASED: the 2024 actual rewritten, the running total carried on", () => {
    // 2024: 23(28) → 20(25) (2024 had ended by 2025-06-30: a rewrite of the past);
    // 2025: 17(45) → 17(42) (2025 had not ended: the normal course, info);
    // the latest actual cumulative 45 → 42 went down: an error.
    const changes = compare(
      [seedCard633()],
      [current((s) => {
        s.indicators[0].actual[2] = "20(25)";
        s.indicators[0].actual[3] = "17(42)";
      })],
    );
    expect(changes.map(brief)).toEqual([
      ["PAST_ACTUAL_CHANGED", "warning", "F7", "23(28)", "20(25)"],
      ["NEW_ACTUAL", "info", "G7", "17(45)", "17(42)"],
      ["CUMULATIVE_DECREASED", "error", "G7", 45, 42],
    ]);
    expect(changes[0]).toMatchObject({ pledgeId: "6-3-3", indicator: "교류활동 횟수", period: "2024", sheet: "6-3-3" });
    expect(changes[0].message).toBe("이전 제출 기준일(2025-06-30)에 이미 끝난 2024 기간의 실적이 고쳐졌습니다: 이전 23(28) → 현재 20(25).");
    expect(changes[2].message).toBe("지표 '교류활동 횟수'의 실적 누계가 이전 제출보다 줄었습니다: 이전 45 → 현재 42.");
  });

  it("a period that ends on the earlier as-of date is past: 2024 at 2024. 12. 31. (targets too)", () => {
    // The earlier submission as of 2024-12-31: 2024 ended that day (31 December), so a
    // rewritten 2024 actual or target is a change of the past, not a new actual.
    const before = current(() => {}, "2024. 12. 31.");
    const changes = compare(
      [before],
      [current((s) => {
        s.indicators[0].actual[2] = "20(25)";
        s.indicators[1].target[2] = "1(3)";
      })],
    );
    const codes = changes.map((c) => [c.code, c.period, c.cell]);
    expect(codes).toContainEqual(["PAST_ACTUAL_CHANGED", "2024", "F7"]);
    expect(codes).toContainEqual(["PAST_TARGET_CHANGED", "2024", "F8"]);
    expect(codes.map((c) => c[0])).not.toContain("NEW_ACTUAL");
  });

  it("a period that ends after the earlier as-of date is not past: 2024 at 2024. 12. 30., 2026. 6. at 2026. 6. 30.", () => {
    const late = compare([current(() => {}, "2024. 12. 30.")], [current((s) => (s.indicators[0].actual[2] = "20(25)"))]);
    expect(late.map((c) => [c.code, c.period])).toContainEqual(["NEW_ACTUAL", "2024"]);
    // `2026. 6.` ends on 30 June 2026: past at 2026-06-30.
    const june = compare([current(() => {}, "2026. 6. 30.")], [current((s) => (s.indicators[0].actual[4] = "9(9)"), "2026. 9. 30.")]);
    expect(june.map((c) => [c.code, c.period])).toContainEqual(["PAST_ACTUAL_CHANGED", "2026. 6."]);
  });

  it("PAST_TARGET_CHANGED and FINAL_TARGET_CHANGED; no RATE_JUMP when the target explains the new rate", () => {
    // Indicator 2's targets lowered from 2024 on: 2(4) → 1(3), 2(6) → 2(5), 1(7) → 1(6).
    // Final target 7 → 6; rate 5 ÷ 6 = 83.33 → 83, pledge (100 + 83.33) ÷ 2 = 91.67 → 92.
    const changes = compare(
      [seedCard633()],
      [current((s) => {
        s.indicators[1].target = ["-", "2(2)", "1(3)", "2(5)", "1(6)"];
        s.indicators[1].rate = 83;
        s.pledgeRate = 92;
        s.headline = "92%";
      })],
    );
    expect(changes.map(brief)).toEqual([
      ["PAST_TARGET_CHANGED", "warning", "F8", "2(4)", "1(3)"],
      ["FINAL_TARGET_CHANGED", "warning", "H8", 7, 6],
    ]);
    expect(changes[1].message).toBe("지표 '자매결연 관련 행사 개최'의 최종 목표 누계가 바뀌었습니다: 이전 7 → 현재 6. 승인된 목표 조정인지 확인하세요.");
  });

  it("RATE_JUMP: a rate rose though no actual and no target changed, on the indicator and the pledge", () => {
    // Indicator 2: 71 → 80 with 5 of 7 still (71.43); pledge 86 → 90.
    const changes = compare(
      [seedCard633()],
      [current((s) => {
        s.indicators[1].rate = 80;
        s.pledgeRate = 90;
      })],
    );
    expect(changes.map(brief)).toEqual([
      ["RATE_JUMP", "warning", "I8", 71, 80],
      ["RATE_JUMP", "warning", "I10", 86, 90],
    ]);
    expect(changes[0].message).toBe("실적과 목표는 그대로인데 이행률이 올랐습니다: 이전 71 → 현재 80.");
  });

  it("a rate going down is not a jump", () => {
    expect(compare([seedCard633()], [current((s) => (s.indicators[1].rate = 70))])).toEqual([]);
  });

  it("INDICATOR_ADDED / INDICATOR_REMOVED: an indicator renamed is one gone and one new", () => {
    const changes = compare([seedCard633()], [current((s) => (s.indicators[1].name = "자매결연 행사 개최"))]);
    expect(changes.map((c) => [c.code, c.severity, c.cell, c.indicator])).toEqual([
      ["INDICATOR_ADDED", "warning", "A8", "자매결연 행사 개최"],
      ["INDICATOR_REMOVED", "warning", "A1", "자매결연 관련 행사 개최"],
    ]);
  });

  it("PLEDGE_ADDED / PLEDGE_REMOVED, matched by number", () => {
    const changes = compare([seedCard633()], [seedCard723()]);
    expect(changes.map((c) => [c.code, c.severity, c.pledgeId, c.sheet, c.cell])).toEqual([
      ["PLEDGE_ADDED", "info", "7-2-3", "7-2-3", "A1"],
      ["PLEDGE_REMOVED", "warning", "6-3-3", null, null],
    ]);
    expect(changes[1].message).toBe("이전 제출에 있던 공약 6-3-3 16개 공공기관과 상생 자매결연 활성화가 현재 제출에 없습니다.");
  });

  it("STATUS_CHANGED: a step back from 완료 is a warning, a step forward is news, spacing is no change", () => {
    const back = compare([seedCard633()], [current((s) => (s.status = "정상추진"))]);
    expect(back.map(brief)).toEqual([["STATUS_CHANGED", "warning", "D2", "완료 후 계속추진", "정상추진"]]);
    const before = { ...seedCard633(), status: "정상추진" };
    expect(compare([before], [current((s) => (s.status = "완료 종결"))]).map(brief)).toEqual([
      ["STATUS_CHANGED", "info", "D2", "정상추진", "완료 종결"],
    ]);
    expect(compare([seedCard633()], [current((s) => (s.status = "완료후 계속추진"))])).toEqual([]);
  });

  it("never matches by position: rows inserted above the card, the sheet renamed, indicators swapped", () => {
    // Three rows above the card and the indicators swapped: indicator 1's actual row was 7,
    // now 7 + 3 + 2 = 12, so its 2025 actual is G12. That value is the only change: 17(45) → 18(46).
    const moved = current((s) => {
      s.sheet = "자매결연";
      s.offsetRows = 3;
      s.indicators.reverse();
      s.indicators[1].actual[3] = "18(46)";
    });
    const changes = compare([seedCard633()], [moved]);
    expect(changes.map(brief)).toEqual([["NEW_ACTUAL", "info", "G12", "17(45)", "18(46)"]]);
    expect(changes[0]).toMatchObject({ sheet: "자매결연", indicator: "교류활동 횟수", period: "2025" });
  });

  it("finds a pledge on another sheet of a workbook laid out differently", () => {
    const before = checkWorkbook([cardGrid(seedCard633()), cardGrid(seedCard723())]);
    const after = checkWorkbook([stackCards("부서", [{ ...seedCard723(), asOf: "2025. 12. 31." }, current(() => {})])]);
    expect(compareWorkbooks(before, after)).toEqual([]);
  });
});

describe("change notes", () => {
  it("render like findings' notes: severity and Korean title, the message, then before → after", () => {
    // The 2024 actual of 6-3-3 rewritten 23(28) → 20(25): PAST_ACTUAL_CHANGED on F7 (the
    // running total computed from the annual values goes down too: CUMULATIVE_DECREASED on G7).
    const changes = compare([seedCard633()], [current((s) => (s.indicators[0].actual[2] = "20(25)"))]).filter((c) => c.cell === "F7");
    expect(changes.map((c) => [c.code, c.params])).toEqual([
      ["PAST_ACTUAL_CHANGED", { asOf: "2025-06-30", period: "2024", before: "23(28)", after: "20(25)" }],
    ]);
    const f7 = planChangeFlags(changes).find((flag) => flag.cell === "F7");
    expect(f7?.note.split("\n")).toEqual([
      "[공약 점검]",
      "이전 제출과 비교",
      "경고 · 지난 기간 실적 수정: 이전 제출 기준일(2025-06-30)에 이미 끝난 2024 기간의 실적이 고쳐졌습니다: 이전 23(28) → 현재 20(25).",
      "이전 제출: 23(28) → 현재: 20(25)",
    ]);
  });
});

describe("change codes", () => {
  it("are all in the README with their severity", () => {
    const readme = readFileSync(resolve(__dirname, "../../README.md"), "utf8");
    for (const [code, { severity }] of Object.entries(CHANGE_CODES)) {
      expect(readme, code).toMatch(new RegExp(`\\| \`${code}\` \\| ${severity}`));
    }
  });
});
