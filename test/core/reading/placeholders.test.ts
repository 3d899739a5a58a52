// Issue 19 item 4: placeholder words mean "no entry" like `-`, and a pledge mean over only
// some indicators is never a verdict. Seed card 6-3-3 (test/fixtures/seeds/card-6-3-3.txt):
// 교류활동 45 ÷ 26 → 100, 자매결연 5 ÷ 7 → 71.43, pledge 85.71 → 86.
import { describe, expect, it } from "vitest";
import { card633, check, codes, only } from "../helpers";

const PLACEHOLDERS = ["해당없음", "해당 없음", "미정", "없음", "N/A", "n/a", "—", "·", "－"];

describe("placeholders in period cells", () => {
  it.each(PLACEHOLDERS)("'%s' in the 2022 cells reads as no entry: the seed card stays right", (word) => {
    const result = check(card633((s) => {
      s.indicators[0].target[0] = word;
      s.indicators[0].actual[0] = word;
      s.indicators[1].actual[4] = word;
    }));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(codes(result)).not.toContain("UNREADABLE_CELL");
    const [a, b] = result.pledges[0].indicators;
    expect([a.target, a.actual, a.rate]).toEqual([26, 45, 100]);
    expect([b.target, b.actual]).toEqual([7, 5]);
    expect(result.pledges[0].rate).toBeCloseTo(85.714, 2);
  });

  it("a placeholder is no entry, not missing: no MISSING_ACTUAL for a past period marked 해당없음", () => {
    // 2024 actual of 자매결연 (target 2 that year) marked 해당없음; 2025 carries the total on: 2 + 1 → 3.
    const result = check(card633((s) => {
      s.indicators[1].actual[2] = "해당없음";
      s.indicators[1].actual[3] = "1(3)";
      s.indicators[1].rate = 42.86; // 3 ÷ 7
      s.pledgeRate = 71.43; // (100 + 42.857) ÷ 2
      s.headline = "71.43%";
    }));
    expect(codes(result)).not.toContain("MISSING_ACTUAL");
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.pledges[0].indicators[1].actual).toBe(3);
  });

  it("a word that is no placeholder is still unreadable", () => {
    const result = check(card633((s) => (s.indicators[1].actual[3] = "없음요")));
    expect(only(result, "UNREADABLE_CELL")).toHaveLength(1);
  });
});

describe("a partial mean is no verdict (PLEDGE_RATE_PARTIAL)", () => {
  it("an unreadable indicator: PLEDGE_RATE_PARTIAL, no pledge or headline mismatch, no rate", () => {
    // Without 자매결연, the mean of the rest would be 100 against the written 86.
    const result = check(card633((s) => (s.indicators[1].actual[3] = "하나")));
    expect(only(result, "PLEDGE_RATE_PARTIAL")).toEqual([expect.objectContaining({ cell: "I10", severity: "warning", expected: 1, found: 2 })]);
    expect(codes(result)).not.toContain("PLEDGE_RATE_MISMATCH");
    expect(codes(result)).not.toContain("HEADLINE_RATE_MISMATCH");
    expect(result.pledges[0].rate).toBeNull();
  });

  it("no target on one indicator: the same, and no status verdict on the partial mean", () => {
    const result = check(card633((s) => {
      s.status = "완료";
      s.indicators[0].target = ["-", "", "-", "", ""];
      s.indicators[0].rate = null;
    }));
    expect(codes(result)).toContain("PLEDGE_RATE_PARTIAL");
    expect(codes(result)).not.toContain("PLEDGE_RATE_MISMATCH");
    expect(codes(result)).not.toContain("HEADLINE_RATE_MISMATCH");
    expect(codes(result)).not.toContain("STATUS_RATE_CONFLICT");
    expect(result.pledges[0].rate).toBeNull();
  });

  it("the message says no verdict was made", () => {
    const result = check(card633((s) => (s.indicators[1].actual[3] = "하나")));
    expect(only(result, "PLEDGE_RATE_PARTIAL")[0].message).toContain("판정하지 않았습니다");
  });
});
