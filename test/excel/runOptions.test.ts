// Issue 26 §14: the real host runs every batch with delayForCellEdit, so a command started
// while the user edits a cell waits for the edit to end (Excel.RunOptions) instead of failing.
import { afterEach, describe, expect, it } from "vitest";
import { officeHost } from "../../src/excel/host";

const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

describe("officeHost", () => {
  it("passes { delayForCellEdit: true } to Excel.run", async () => {
    const calls: unknown[][] = [];
    globals.Excel = { run: (...args: unknown[]) => (calls.push(args), (args[1] as (c: unknown) => Promise<unknown>)("context")) };
    const seen = await officeHost().run(async (context) => context as unknown);
    expect(seen).toBe("context");
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toEqual({ delayForCellEdit: true });
  });
});

describe("the in-memory Excel honours delayForCellEdit", () => {
  it("a run started in cell-edit mode waits for the edit to end, then checks", async () => {
    const { MemoryExcel, installMemoryExcel } = await import("../../src/memory-excel");
    const { createPledgeChecker } = await import("../../src/excel");
    const { sampleWorkbook } = await import("./helpers");
    const excel = new MemoryExcel(sampleWorkbook(), { api: "1.18" });
    const uninstall = installMemoryExcel(excel);
    excel.cellEditMode = true;
    setTimeout(() => (excel.cellEditMode = false), 30);
    const run = await createPledgeChecker(officeHost()).checkAll({});
    expect(run.result.sheets.length).toBe(3);
    expect(excel.cellEditMode).toBe(false);
    uninstall();
  });
});
