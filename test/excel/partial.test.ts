// A sync is not a transaction: when a command fails, the commands queued before it stay
// applied (Excel error-handling guide; the in-memory Excel does the same). The write batch
// is ordered so that whatever prefix of it ran, 표시 지우기 gets the workbook back. Here
// the batch is failed at every one of its commands, then 표시 지우기 runs.
import { describe, expect, it } from "vitest";
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

/** The pristine state of workbook() — what clearing after any checks must give back. */
function expectedAfterSetup(): unknown {
  return state(workbook());
}
