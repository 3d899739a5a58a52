// Issue 11 §4: whatever the core plans, the add-in never writes a number that is not finite.
// The core is mocked here to plan one (the real core never does: test/core/model.test.ts).
import { describe, expect, it, vi } from "vitest";
import type { CellWrite, WorkbookResult } from "../../src/core";
import { mistakesCard } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { excelAt, sampleWorkbook } from "./helpers";

vi.mock("../../src/core", async (importOriginal) => {
  const core = await importOriginal<typeof import("../../src/core")>();
  return {
    ...core,
    // The real plan, with the first write's value replaced by NaN.
    planRateWrites: (result: WorkbookResult, options: object): CellWrite[] =>
      core.planRateWrites(result, options).map((w, i) => (i === 0 ? { ...w, value: Number.NaN } : w)),
  };
});

describe("이행률 채우기 with a non-finite value in the plan", () => {
  it("writes the other rates, leaves that cell as it was and says so", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    // The mistakes card's rate cells the real plan fills, in plan order: the first is I8 (80 → 69).
    const before = wb.value("3-1-2", "I8");
    const run = await createPledgeChecker(excelAt(wb)).fillRates({});
    expect(wb.value("3-1-2", "I8")).toBe(before);
    expect(run.written.map((w) => w.cell)).not.toContain("I8");
    expect(run.written.length).toBeGreaterThan(0);
    expect(run.written.every((w) => typeof w.value !== "number" || Number.isFinite(w.value))).toBe(true);
    expect(run.notices.some((n) => n.includes("I8") && n.includes("숫자가 아니어서"))).toBe(true);
  });
});
