// The core's model (issue 7): stable keys, findings as data, period cell kinds, the
// rulebook, write plans that carry the number format, and numbers that never become NaN.
// Expected values are worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import {
  checkSheet,
  checkWorkbook,
  FINDING_CODES,
  noTableFound,
  planFlags,
  planRateWrites,
  rateCellValue,
  renderMessage,
  roundHalfUp,
  formatRate,
  rulesFromConfig,
  summarize,
  summaryRows,
  summarySheetPlan,
  findingRows,
  shownWrite,
  DEFAULT_RULES,
  type Finding,
  type SheetGrid,
} from "../../src/core";
import { cardGrid, seedCard633, seedCard723, stackCards } from "../../src/sample/cards";
import { card633, only, withFormat } from "./helpers";

// cardGrid(seedCard633()): title A1 (merged A1:I1), card line row 2 (headline I2), as-of I4,
// header row 5, indicator 1 rows 6-7, indicator 2 rows 8-9, closing row 10 (A10:H10 merged).

function keysOf(result: { pledges: { key: string; indicators: { key: string }[] }[]; findings: Finding[] }) {
  return {
    pledges: result.pledges.map((p) => p.key),
    indicators: result.pledges.flatMap((p) => p.indicators.map((i) => i.key)),
    findings: result.findings.map((f) => f.key).sort(),
  };
}

describe("stable keys", () => {
  // A wrong target cumulative in indicator 1's 2024 cell: 8 + 8 = 16, written 17.
  const wrong = () => card633((s) => (s.indicators[0].target[2] = "8(17)"));

  it("names a pledge by its number, an indicator by pledge and name, a finding by code, pledge, indicator, period and role", () => {
    const result = checkSheet(cardGrid(wrong()));
    expect(result.pledges[0].key).toBe("pledge:6-3-3");
    expect(result.pledges[0].indicators.map((i) => i.key)).toEqual(["pledge:6-3-3/교류활동 횟수", "pledge:6-3-3/자매결연 관련 행사 개최"]);
    const [mismatch] = only(result, "TARGET_CUMULATIVE_MISMATCH");
    expect(mismatch).toMatchObject({
      cell: "F6",
      pledgeKey: "pledge:6-3-3",
      indicator: "교류활동 횟수",
      indicatorKey: "pledge:6-3-3/교류활동 횟수",
      period: "2024",
      role: "target",
      key: "TARGET_CUMULATIVE_MISMATCH|pledge:6-3-3|pledge:6-3-3/교류활동 횟수|2024|target",
    });
  });

  it("keeps every key when the sheet is renamed, rows are inserted above and the card moves right", () => {
    const before = keysOf(checkSheet(cardGrid(wrong())));
    const moved = wrong();
    moved.sheet = "부서 제출본";
    moved.offsetRows = 4;
    moved.offsetCols = 3;
    const after = checkSheet(cardGrid(moved));
    expect(keysOf(after)).toEqual(before);
    // The address is where the finding is now: 4 rows down, 3 columns right of F6.
    expect(only(after, "TARGET_CUMULATIVE_MISMATCH")[0].cell).toBe("I10");
  });

  it("gives every finding of a workbook its own key", () => {
    const result = checkWorkbook([cardGrid(seedCard633()), cardGrid(seedCard723()), cardGrid(wrong())]);
    const keys = result.sheets.flatMap((s) => s.findings.map((f) => f.key));
    expect(keys.every((k) => k !== "")).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keeps two cards without a pledge number on one sheet apart", () => {
    // Neither title row holds a number and the sheet name is not one: both are unnumbered.
    const a = card633((s) => {
      s.id = "";
      s.title = "가 공약";
    });
    // The same title twice: only #2 tells the cards apart.
    const b = card633((s) => {
      s.id = "";
      s.title = "가 공약";
      s.indicators[0].target[2] = "8(17)";
    });
    const result = checkSheet(stackCards("부서", [a, b]));
    expect(result.pledges.map((p) => p.id)).toEqual([null, null]);
    // Without a number the card keeps its heading as the title (issue 8): sheet, title, and #2 for the second.
    expect(result.pledges.map((p) => p.key)).toEqual(["sheet:부서|title:가 공약", "sheet:부서|title:가 공약#2"]);
    // Each MISSING_PLEDGE_ID belongs to its own card; the mismatch only to the second.
    expect(only(result, "MISSING_PLEDGE_ID").map((f) => f.pledgeKey)).toEqual(["sheet:부서|title:가 공약", "sheet:부서|title:가 공약#2"]);
    expect(only(result, "TARGET_CUMULATIVE_MISMATCH").map((f) => f.pledgeKey)).toEqual(["sheet:부서|title:가 공약#2"]);
  });

  it("reports a pledge number used twice in a workbook and keeps the two cards apart", () => {
    const first = seedCard633();
    const second = card633((s) => (s.sheet = "사본"));
    const result = checkWorkbook([cardGrid(first), cardGrid(second)]);
    const [one, two] = result.sheets;
    expect(one.pledges[0].key).toBe("pledge:6-3-3");
    expect(two.pledges[0].key).toBe("pledge:6-3-3#2");
    expect(only(one, "DUPLICATE_PLEDGE_ID")).toEqual([]);
    // On the later card's number (A1), pointing at the first (sheet 6-3-3, A1).
    expect(only(two, "DUPLICATE_PLEDGE_ID")).toEqual([
      expect.objectContaining({ cell: "A1", severity: "warning", pledgeKey: "pledge:6-3-3#2", params: { id: "6-3-3", first: "6-3-3!A1" } }),
    ]);
    expect(two.pledges[0].counts.warning).toBe(1);
    // The second card's findings carry its own key, not the first's.
    expect(two.findings.every((f) => f.pledgeKey === "pledge:6-3-3#2")).toBe(true);
  });
});

describe("findings as data", () => {
  it("keeps typed parameters and renders the message from the catalogue's template", () => {
    const result = checkSheet(cardGrid(card633((s) => (s.indicators[0].target[2] = "8(17)"))));
    const [f] = only(result, "TARGET_CUMULATIVE_MISMATCH");
    expect(f.code === "TARGET_CUMULATIVE_MISMATCH" && f.params).toEqual({ base: 8, annual: 8, expected: 16, found: 17 });
    expect(f.message).toBe(renderMessage("TARGET_CUMULATIVE_MISMATCH", { base: 8, annual: 8, expected: 16, found: 17 }));
    expect(f.message).toBe("목표 누계가 맞지 않습니다: 앞 누계 8 + 이번 기간 8 = 16인데 17로 적혀 있습니다.");
  });

  it("every finding's message is its code's template over its params", () => {
    const result = checkWorkbook([cardGrid(seedCard723()), cardGrid(card633((s) => (s.indicators[1].actual[3] = "하나")))]);
    for (const f of result.sheets.flatMap((s) => s.findings)) {
      expect(f.message).toBe((FINDING_CODES[f.code].message as (p: unknown) => string)(f.params));
    }
  });

  it("keeps hints out of expected and found", () => {
    // 7-2-3 names no department: before, expected was the hint "부서명".
    const [missing] = only(checkSheet(cardGrid(seedCard723())), "MISSING_DEPARTMENT");
    expect(missing).toMatchObject({ expected: null, found: null, hint: "부서명" });
    const [noActual] = only(checkSheet(cardGrid(card633((s) => (s.indicators[1].actual[2] = "")))), "MISSING_ACTUAL");
    expect(noActual.expected).toBeNull();
    expect(noActual.found).toBeNull();
    expect(noActual.hint).toContain("실적 입력");
  });

  it("writes notes in Korean only, labelling the hint as a hint", () => {
    const result = checkWorkbook([cardGrid(seedCard723()), cardGrid(card633((s) => (s.indicators[0].target[2] = "8(17)")))]);
    const flags = planFlags(result);
    for (const flag of flags) expect(flag.note).not.toMatch(/[A-Z]{2,}_[A-Z_]+/);
    const b2 = flags.find((f) => f.sheet === "7-2-3" && f.cell === "B2")!;
    expect(b2.note).toContain("참고 · 주관부서 없음: 주관부서가 적혀 있지 않습니다.");
    expect(b2.note).toContain("입력 안내: 부서명");
    expect(b2.note).not.toContain("기대값");
    const f6 = flags.find((f) => f.cell === "F6")!;
    expect(f6.note).toContain("기대값: 16");
    expect(f6.note).toContain("현재값: 17");
  });

  it("puts the hint in its own column of 검토 결과, with 현재값 as the found column", () => {
    const { header, rows } = findingRows(checkWorkbook([cardGrid(seedCard723())]));
    expect(header.slice(-3)).toEqual(["기대값", "현재값", "입력 안내"]);
    expect(rows[0].values.slice(-3)).toEqual([null, null, "부서명"]);
  });
});

describe("period cell kinds", () => {
  it("accepts `-` as an explicit nothing-this-period in a past period", () => {
    // 2024 ended before the 2025-06-30 as-of date and has a target of 2; `-` answers it.
    const result = checkSheet(cardGrid(card633((s) => (s.indicators[1].actual[2] = "-"))));
    expect(only(result, "MISSING_ACTUAL")).toEqual([]);
    expect(result.pledges[0].indicators[1].actualEntries[2]).toMatchObject({ cell: "F9", kind: "dash", present: false });
  });

  it("still asks for a blank past period", () => {
    const result = checkSheet(cardGrid(card633((s) => (s.indicators[1].actual[2] = null))));
    expect(only(result, "MISSING_ACTUAL").map((f) => f.cell)).toEqual(["F9"]);
  });

  it("tells blank, dash, value and unreadable apart", () => {
    const result = checkSheet(cardGrid(card633((s) => (s.indicators[1].actual = [null, "-", "2(2)", "둘", ""]))));
    expect(result.pledges[0].indicators[1].actualEntries.map((e) => e.kind)).toEqual(["blank", "dash", "value", "unreadable", "blank"]);
  });
});

describe("numbers", () => {
  it("rounds values below 1e-6 without NaN", () => {
    // 0.05 ÷ 1,000,000,000 × 100 = 5e-9 %, which is 0 at any of the card's precisions.
    expect(roundHalfUp(5e-9, 2)).toBe(0);
    expect(roundHalfUp(5e-7, 6)).toBe(0.000001);
    expect(roundHalfUp(1.5e-7, 7)).toBe(0.0000002);
    expect(formatRate(5e-9, 2)).toBe("0.00");
  });

  it("says 계산값은 0 for an actual of 0.05 against a target of 1,000,000,000", () => {
    const spec = card633((s) => {
      s.indicators = [{ name: "예산 집행", unit: "원", target: ["-", "-", "-", "-", "1000000000(1000000000)"], actual: ["-", "-", "0.05(0.05)", "", ""], rate: null }];
      s.pledgeRate = null;
      s.headline = null;
    });
    const result = checkSheet(cardGrid(spec));
    const [missing] = only(result, "INDICATOR_RATE_MISSING");
    expect(missing.message).toBe("'예산 집행' 이행률이 비어 있습니다. 계산값은 0.00입니다.");
    expect(missing.expected).toBe(0);
    // One indicator: rows 6-7, closing row 8. Indicator I6 and closing I8 get 0, the blank headline I2 gets "0.00%" (text, as a card writes it).
    const writes = planRateWrites(checkWorkbook([cardGrid(spec)]));
    expect(writes.map((w) => [w.cell, w.value])).toEqual([["I6", 0], ["I8", 0], ["I2", "0.00%"]]);
  });

  it("never plans a non-finite number", () => {
    const result = checkWorkbook([cardGrid(card633((s) => (s.indicators[1].rate = null)))]);
    result.sheets[0].pledges[0].indicators[1].rate = Number.POSITIVE_INFINITY;
    expect(planRateWrites(result).map((w) => w.cell)).toEqual([]);
    expect(rateCellValue(Number.NaN, 0, "number", null)).toBeNull();
  });
});

describe("merged rate cells", () => {
  it("never writes into a closing row merged over its label (A10:I10)", () => {
    const grid = cardGrid(card633((s) => (s.pledgeRate = null)));
    grid.merges = grid.merges.map((m) => (m.top === 9 && m.left === 0 ? { ...m, right: 8 } : m));
    const result = checkWorkbook([grid]);
    const sheet = result.sheets[0];
    expect(only(sheet, "PLEDGE_RATE_MISSING")).toEqual([]);
    expect(only(sheet, "RATE_CELL_MERGED")).toEqual([
      // Flagged on the merge's top-left cell, where Excel shows a merged area's fill and note.
      expect.objectContaining({ cell: "A10", role: "pledgeRate", params: { subject: "공약 이행률", area: "A10:I10" } }),
    ]);
    expect(planRateWrites(result)).toEqual([]);
    // The pledge rate is still computed: (100 + 71.43) ÷ 2 = 85.71.
    expect(roundHalfUp(sheet.pledges[0].rate!, 2)).toBe(85.71);
  });

  it("does not let an indicator take the rate of a merge that starts above it or runs past it", () => {
    // I6:I8 runs from indicator 1 into indicator 2's target row; its value 100 is indicator 1's
    // rate, but indicator 2 (computed 71) would read it as its own and call it wrong.
    const grid = cardGrid(seedCard633());
    grid.merges = grid.merges.filter((m) => !(m.left === 8 && (m.top === 5 || m.top === 7)));
    grid.merges.push({ top: 5, left: 8, bottom: 7, right: 8 });
    const result = checkWorkbook([grid]);
    const sheet = result.sheets[0];
    expect(only(sheet, "INDICATOR_RATE_MISMATCH")).toEqual([]);
    expect(only(sheet, "RATE_CELL_MERGED").map((f) => [f.cell, f.indicator])).toEqual([
      ["I6", "교류활동 횟수"],
      ["I6", "자매결연 관련 행사 개최"],
    ]);
    expect(planRateWrites(result)).toEqual([]);
  });
});

describe("write plans carry the number format", () => {
  it("keeps a number under a percent format a number with its format, and text as text", () => {
    // The headline I2 stores 0.5 formatted 0%: it reads as the 50% it shows.
    const grid: SheetGrid = withFormat(cardGrid(card633((s) => (s.headline = null))), "I2", "0%", 0.5);
    const result = checkWorkbook([grid]);
    expect(result.sheets[0].pledges[0].headlineStyle).toBe("percentNumber");
    // (100 + 71.43) ÷ 2 = 85.71 → 86 at precision 0 → stored 0.86 under 0%.
    expect(planRateWrites(result)).toEqual([{ sheet: "6-3-3", cell: "I2", value: 0.86, numberFormat: "0%", previous: "50%" }]);
    const text = checkWorkbook([cardGrid(card633((s) => (s.headline = "50%")))]);
    expect(planRateWrites(text)).toEqual([{ sheet: "6-3-3", cell: "I2", value: "86%", numberFormat: "@", previous: "50%" }]);
  });

  it("writes a blank percent-formatted cell as a fraction, showing the precision asked for", () => {
    const grid: SheetGrid = withFormat(cardGrid(card633((s) => (s.pledgeRate = null))), "I10", "0%");
    const writes = planRateWrites(checkWorkbook([grid], { precision: 2 }), { precision: 2 });
    // 85.714… → 85.71 → 0.8571, shown with two decimals.
    expect(writes).toEqual([{ sheet: "6-3-3", cell: "I10", value: 0.8571, numberFormat: "0.00%", previous: null }]);
  });
});

describe("the rulebook's options", () => {
  it("takes the complete statuses, the summary precision and the label words from a config", () => {
    const parsed = rulesFromConfig({ completeStatuses: ["완료 종결"], summaryPrecision: 1, labels: { actual: ["이행", "성과"] } });
    expect("rules" in parsed).toBe(true);
    if (!("rules" in parsed)) return;
    const rules = parsed.rules;
    expect(rules.labels.target).toEqual(DEFAULT_RULES.labels.target);
    // 6-3-3 is 완료 후 계속추진: done by default, not under this config.
    const rows = summaryRows(checkWorkbook([cardGrid(seedCard633())]));
    expect(summarize(rows).completed).toBe(1);
    expect(summarize(rows, rules).completed).toBe(0);
    expect(summarySheetPlan(summarize(rows, rules), "auto", false, rules).rateFormat).toBe("0.0");
    // 성과 now starts an actual row.
    const grid = cardGrid(seedCard633());
    grid.values[6][2] = "성과 (누계)";
    expect(checkSheet(grid, { rules }).pledges[0].indicators).toHaveLength(2);
    // By default 성과 is not a row label: the table stops at row 7, before any pair.
    expect(checkSheet(grid).pledges[0].indicators).toHaveLength(0);
  });

  it("refuses unknown keys and wrong types in Korean", () => {
    expect(rulesFromConfig({ precision: 2 })).toEqual({ problem: expect.stringContaining("알 수 없는 항목") });
    expect(rulesFromConfig({ summaryPrecision: 3 })).toEqual({ problem: expect.stringContaining("summaryPrecision") });
    expect(rulesFromConfig({ completeStatuses: [] })).toEqual({ problem: expect.stringContaining("completeStatuses") });
    expect(rulesFromConfig([])).toEqual({ problem: expect.stringContaining("JSON 객체") });
    expect(rulesFromConfig({})).toEqual({ rules: DEFAULT_RULES });
  });
});

describe("no table found", () => {
  it("is decided in the core", () => {
    expect(noTableFound(checkWorkbook([{ name: "메모", values: [["공약 목록"], ["6-3-3"]], merges: [] }]))).toBe(true);
    expect(noTableFound(checkWorkbook([{ name: "메모", values: [["x"]], merges: [] }, cardGrid(seedCard723())]))).toBe(false);
  });
});

describe("what a write shows", () => {
  it("notes a percent-formatted write as the percent the cell shows", () => {
    const grid: SheetGrid = withFormat(cardGrid(card633((s) => (s.headline = null))), "I2", "0%", 0.5);
    const result = checkWorkbook([grid]);
    const i2 = planFlags(result, planRateWrites(result)).find((f) => f.cell === "I2")!;
    expect(i2.note).toContain("이행률 채우기: 원래 값 50% → 86%");
    expect(shownWrite({ value: 0.8571, numberFormat: "0.00%" })).toBe("85.71%");
    expect(shownWrite({ value: 74, numberFormat: null })).toBe("74");
  });
});
