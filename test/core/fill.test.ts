import { describe, expect, it } from "vitest";
import { checkWorkbook, planRateWrites, planFlags, findingRows, FINDINGS_HEADER, NOTE_HEADER, FLAG_COLORS } from "../../src/core";
import { cardGrid, mistakesCard, seedCard633, seedCard723 } from "../../src/sample/cards";
import { card633 } from "./helpers";

describe("이행률 채우기 plan", () => {
  it("writes nothing when every rate agrees", () => {
    const result = checkWorkbook([cardGrid(seedCard633()), cardGrid(seedCard723())]);
    expect(planRateWrites(result)).toEqual([]);
  });

  it("writes empty and wrong rate cells at the card's precision, in the cell's own form", () => {
    const result = checkWorkbook([cardGrid(mistakesCard())]);
    expect(planRateWrites(result)).toEqual([
      { sheet: "3-1-2", cell: "I8", value: 69, numberFormat: null, previous: "80" },
      { sheet: "3-1-2", cell: "I10", value: 74, numberFormat: null, previous: null },
      { sheet: "3-1-2", cell: "I2", value: "74%", numberFormat: "@", previous: "60%" },
    ]);
  });

  it("writes at the precision the setting asks for", () => {
    const spec = card633((s) => {
      s.indicators[1].rate = null;
      s.pledgeRate = null;
    });
    const writes = planRateWrites(checkWorkbook([cardGrid(spec)], { precision: 2 }), { precision: 2 });
    expect(writes.map((w) => [w.cell, w.value])).toEqual([
      ["I8", 71.43],
      ["I10", 85.71],
    ]);
  });

  it("never writes a rate it cannot compute", () => {
    const spec = card633((s) => {
      s.indicators[1].target = ["-", "", "", "", ""];
      s.indicators[1].rate = null;
    });
    const writes = planRateWrites(checkWorkbook([cardGrid(spec)]));
    expect(writes.map((w) => w.cell)).not.toContain("I8");
  });
});

describe("flags", () => {
  it("puts one flag per cell with the worst severity and every message", () => {
    const result = checkWorkbook([cardGrid(mistakesCard())]);
    const writes = planRateWrites(result);
    const flags = planFlags(result, writes);
    expect(flags.map((f) => [f.cell, f.severity])).toEqual([
      ["F7", "error"],
      ["I8", "error"],
      ["I10", "warning"],
      ["I2", "error"],
    ]);
    const i8 = flags.find((f) => f.cell === "I8")!;
    expect(i8.color).toBe(FLAG_COLORS.error);
    expect(i8.note.startsWith(NOTE_HEADER)).toBe(true);
    // Notes speak Korean only: the code's title, never the code itself.
    expect(i8.note).toContain("지표 이행률 불일치");
    expect(i8.note).not.toContain("INDICATOR_RATE_MISMATCH");
    expect(i8.note).toContain("기대값: 69");
    expect(i8.note).toContain("원래 값 80 → 69");
    expect(flags.find((f) => f.cell === "I10")!.note).toContain("원래 값 빈칸 → 74");
  });

  it("merges several findings on the same cell", () => {
    const spec = card633((s) => (s.indicators[0].actual[3] = "-17(45)"));
    const flags = planFlags(checkWorkbook([cardGrid(spec)]));
    const g7 = flags.filter((f) => f.cell === "G7");
    expect(g7).toHaveLength(1);
    expect(g7[0].note).toContain("음수 값");
    expect(g7[0].note).toContain("이행 누계 불일치");
  });
});

describe("findings sheet rows", () => {
  it("lists every finding, errors first, with sheet and cell for the link", () => {
    const result = checkWorkbook([cardGrid(seedCard723()), cardGrid(mistakesCard())]);
    const { header, rows } = findingRows(result);
    expect(header).toEqual(FINDINGS_HEADER);
    expect(rows).toHaveLength(result.sheets.flatMap((s) => s.findings).length);
    expect(rows.map((r) => r.values[0])).toEqual(["오류", "오류", "오류", "경고", "참고"]);
    expect(rows[0]).toMatchObject({ sheet: "3-1-2", cell: "F7" });
    expect(rows[4].values.slice(1, 5)).toEqual(["MISSING_DEPARTMENT", "7-2-3", "B2", "7-2-3"]);
  });
});
