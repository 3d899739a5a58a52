// @vitest-environment jsdom
// 예외로 두기 → accepted group → 예외 취소 in the whole pane, over the real core: the row is
// planned by the core and written into the grids (coreChecker), and the pane checks again.
// The mistakes card (src/sample/cards) has an ACTUAL_CUMULATIVE_MISMATCH error at 3-1-2!F7,
// which holds 25(54) (the same finding test/taskpane/exceptionControls.test.tsx accepts).
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { checkWorkbook, EXCEPTIONS_SHEET_NAME } from "../../src/core";
import type { SheetGrid } from "../../src/core/types";
import { cardGrid, mistakesCard } from "../../src/sample/cards";
import { App } from "../../src/taskpane/components/App";
import { coreChecker } from "./coreChecker";

afterEach(cleanup);

const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;

/** The F7 finding's card and the controls beside it (one list item), in the open lists or the 예외 group's. */
const f7Item = (group: "open" | "accepted") =>
  screen
    .getAllByRole("list", { name: / 검토 결과$/ })
    .filter((list) => list.getAttribute("aria-label")?.startsWith("예외 ") === (group === "accepted"))
    .flatMap((list) => within(list).getAllByRole("listitem"))
    .find((li) => within(li).queryByText("F7")) as HTMLElement;

async function checkAll() {
  fireEvent.click(button("전체 검사"));
  await screen.findByRole("heading", { name: "검토 결과" });
}

describe("예외로 두기 in the pane", () => {
  it("refuses an empty reason with a Korean message and writes nothing", async () => {
    const grids: SheetGrid[] = [cardGrid(mistakesCard())];
    const checker = coreChecker(grids);
    render(<App checker={checker} />);
    await checkAll();
    const item = f7Item("open");
    fireEvent.click(within(item).getByRole("button", { name: "예외로 두기" }));
    fireEvent.change(within(item).getByRole("textbox"), { target: { value: "   " } });
    fireEvent.click(within(item).getByRole("button", { name: "예외로 두기 확인" }));
    expect(await within(item).findByText("예외로 두는 사유를 적어 주세요. 사유가 없으면 예외로 둘 수 없습니다.")).toBeTruthy();
    expect(checker.calls.map((c) => c.method)).toEqual(["checkAll"]);
    expect(grids.map((g) => g.name)).toEqual(["3-1-2"]);
  });

  it("accepts with a reason, moves the finding to the 예외 group, and cancels it", async () => {
    const grids: SheetGrid[] = [cardGrid(mistakesCard())];
    const checker = coreChecker(grids);
    render(<App checker={checker} />);
    await checkAll();
    const errorsBefore = checkWorkbook(grids).sheets[0].findings.filter((f) => f.severity === "error").length;
    const item = f7Item("open");
    fireEvent.click(within(item).getByRole("button", { name: "예외로 두기" }));
    fireEvent.change(within(item).getByRole("textbox"), { target: { value: "2024년 실적 정정 승인" } });
    fireEvent.click(within(item).getByRole("button", { name: "예외로 두기 확인" }));

    // Written: the header and one row with F7's content as 값, then checked again.
    await screen.findByRole("heading", { name: "예외로 둔 결과 1건" });
    const sheet = grids.find((g) => g.name === EXCEPTIONS_SHEET_NAME) as SheetGrid;
    expect(sheet.values[0].slice(0, 6)).toEqual(["시트", "셀", "코드", "사유", "값", "일시"]);
    expect(sheet.values[1].slice(0, 5)).toEqual(["3-1-2", "F7", "ACTUAL_CUMULATIVE_MISMATCH", "2024년 실적 정정 승인", "25(54)"]);
    expect(checker.calls.map((c) => c.method)).toEqual(["checkAll", "acceptFinding", "checkAll"]);

    // The 예외 chip appears; the error count drops by one; F7 is only in the accepted group.
    const chips = screen.getByRole("group", { name: "심각도별로 보기" });
    expect(within(chips).getByRole("button", { name: "예외 1건" })).toBeTruthy();
    expect(within(chips).getByRole("button", { name: `오류 ${errorsBefore - 1}건` })).toBeTruthy();
    expect(f7Item("open")).toBeUndefined();
    const accepted = f7Item("accepted");
    expect(within(accepted).getByText(/^예외 · 사유: 2024년 실적 정정 승인/)).toBeTruthy();

    // Turning the 예외 chip off hides the group.
    fireEvent.click(within(chips).getByRole("button", { name: "예외 1건" }));
    expect(screen.queryByRole("heading", { name: "예외로 둔 결과 1건" })).toBeNull();
    fireEvent.click(within(chips).getByRole("button", { name: "예외 1건" }));

    fireEvent.click(within(f7Item("accepted")).getByRole("button", { name: "예외 취소" }));
    await waitFor(() => expect(screen.queryByRole("heading", { name: /^예외로 둔 결과/ })).toBeNull());
    expect(checker.calls.map((c) => c.method)).toEqual(["checkAll", "acceptFinding", "checkAll", "cancelException", "checkAll"]);
    expect(sheet.values[1]).toEqual([]);
    expect(within(screen.getByRole("group", { name: "심각도별로 보기" })).queryByRole("button", { name: /^예외/ })).toBeNull();
    expect(f7Item("open")).toBeTruthy();
  });
});
