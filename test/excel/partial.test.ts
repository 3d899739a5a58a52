// A sync is not a transaction: when a command fails, the commands queued before it stay
// applied (Excel error-handling guide; the in-memory Excel does the same). The write batch
// is ordered so that whatever prefix of it ran, 표시 지우기 gets the workbook back. Here
// the batch is failed at every one of its commands, then 표시 지우기 runs.
import { describe, expect, it } from "vitest";
import { FILL_LOG_SHEET_NAME } from "../../src/core";
import { mistakesCard } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { MemoryExcel, type MemoryWorkbook } from "../../src/memory-excel";
import { allCells, sampleWorkbook } from "./helpers";

const USER_SHEETS = ["3-1-2"];

function workbook(): MemoryWorkbook {
  const wb = sampleWorkbook([mistakesCard()]);
  wb.setFill("3-1-2", "F7", "#92D050"); // a flagged cell with a colour of its own
  wb.setFill("3-1-2", "A5", "#D9E1F2"); // never flagged
  wb.setNote("3-1-2", "A6", "사용자 메모");
  return wb;
}

/** What 표시 지우기 must give back: every user cell, the user's note, and no sheet of ours. */
function state(wb: MemoryWorkbook) {
  return { cells: allCells(wb, USER_SHEETS), notes: [...wb.notes("3-1-2")], comments: wb.comments.map((c) => c.content), sheets: wb.sheetNames() };
}

/** Runs `act` on a fresh setup once to count the last sync's commands. */
async function lastSyncSize(api: string, setup: (excel: MemoryExcel) => Promise<unknown>, act: (excel: MemoryExcel) => Promise<unknown>) {
  const excel = new MemoryExcel(workbook(), { api });
  await setup(excel);
  const before = excel.stats.syncs;
  await act(excel);
  return { sync: excel.stats.syncs - 1 - before, actions: excel.stats.actions[excel.stats.actions.length - 1] };
}

async function failEverywhere(api: string, setup: (excel: MemoryExcel) => Promise<unknown>, act: (excel: MemoryExcel) => Promise<unknown>, expected: (wb: MemoryWorkbook) => unknown) {
  const { sync, actions } = await lastSyncSize(api, setup, act);
  expect(actions).toBeGreaterThan(5);
  for (let k = 0; k < actions; k++) {
    const wb = workbook();
    const excel = new MemoryExcel(wb, { api });
    await setup(excel);
    const want = expected(wb);
    excel.failAt = { sync: excel.stats.syncs + sync, action: k, code: "GeneralException" };
    await expect(act(excel), `failing at command ${k}`).rejects.toMatchObject({ code: "GeneralException" });
    excel.failAt = null;
    await createPledgeChecker(excel).clearFlags();
    expect(state(wb), `after failing at command ${k} of ${actions} and clearing`).toEqual(want);
  }
}

const none = async () => {};
const checkAll = (excel: MemoryExcel) => createPledgeChecker(excel).checkAll({});

describe.each(["1.18", "1.10", "1.7"])("a write batch failing at any command, ExcelApi %s", (api) => {
  it("first check: 표시 지우기 gives back the workbook as it was", async () => {
    await failEverywhere(api, none, checkAll, expectedAfterSetup);
  });

  it("re-check (earlier marks put back, new ones made): 표시 지우기 gives back the workbook", async () => {
    // The first check marks the cells; then the user recolours nothing and the re-check
    // restores and repaints them, so the batch has restores, deletions and paints.
    await failEverywhere(api, checkAll, checkAll, expectedAfterSetup);
  });

  it("표시 지우기 itself failing at any command: running it again finishes the job", async () => {
    const clear = (excel: MemoryExcel) => createPledgeChecker(excel).clearFlags();
    await failEverywhere(api, checkAll, clear, expectedAfterSetup);
  });
});

describe.each(["1.18", "1.9", "1.7"])("an 이행률 채우기 batch failing at any command, ExcelApi %s", (api) => {
  it("표시 지우기 takes every mark away, and every rate value the batch wrote is in the fill log", async () => {
    const fill = (excel: MemoryExcel) => createPledgeChecker(excel).fillRates({});
    const { sync, actions } = await lastSyncSize(api, none, fill);
    const written = (await fill(new MemoryExcel(workbook(), { api }))).written.map((w) => `${w.sheet}!${w.cell}`);
    // mistakesCard: I8, I10 and I2 are written (fillLog.test.ts works them out).
    expect(written).toEqual(["3-1-2!I8", "3-1-2!I10", "3-1-2!I2"]);
    const pristine = expectedAfterSetup() as ReturnType<typeof state>;
    let sawLogWithoutValues = false;
    for (let k = 0; k < actions; k++) {
      const wb = workbook();
      const excel = new MemoryExcel(wb, { api });
      excel.failAt = { sync: excel.stats.syncs + sync, action: k, code: "GeneralException" };
      await expect(fill(excel), `failing at command ${k}`).rejects.toMatchObject({ code: "GeneralException" });
      excel.failAt = null;
      await createPledgeChecker(excel).clearFlags();
      const after = state(wb);
      const at = `after failing at command ${k} of ${actions} and clearing`;
      expect(after.notes, at).toEqual(pristine.notes);
      expect(after.comments, at).toEqual(pristine.comments);
      expect(after.sheets.filter((n) => n !== FILL_LOG_SHEET_NAME), at).toEqual(pristine.sheets);
      // Clearing does not undo a fill: a rate cell may hold its written value, never anything else.
      const changed = [...after.cells.keys()].filter((key) => JSON.stringify(after.cells.get(key)) !== JSON.stringify(pristine.cells.get(key)));
      expect(changed.filter((key) => !written.includes(key)), at).toEqual([]);
      const logged = after.sheets.includes(FILL_LOG_SHEET_NAME) ? wb.values(FILL_LOG_SHEET_NAME, "B3:C5").map((r) => `${r[0]}!${r[1]}`) : [];
      for (const key of changed) expect(logged, `${at}: ${key} was written without its record`).toContain(key);
      if (logged.length > 0 && changed.length === 0) sawLogWithoutValues = true;
    }
    // The log goes before the values: some prefix holds the record and no value yet.
    expect(sawLogWithoutValues).toBe(true);
  });
});

/** The pristine state of workbook() — what clearing after any checks must give back. */
function expectedAfterSetup(): unknown {
  return state(workbook());
}
