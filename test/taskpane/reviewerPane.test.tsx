// @vitest-environment jsdom
// The pane says what it did (issue 21): button names never break, outside Excel it points to
// the standalone page, completions are announced, the 예외로 두기 dialog answers Enter and
// Escape and gives focus back to the finding, an accepted finding wears the neutral 예외 badge.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { checkWorkbook, type Finding } from "../../src/core";
import { cardGrid, mistakesCard, seedCard633 } from "../../src/sample/cards";
import { App } from "../../src/taskpane/components/App";
import { FindingItem } from "../../src/taskpane/components/FindingItem";
import { ExceptionControls } from "../../src/taskpane/components/ExceptionControls";
import { showNotExcel } from "../../src/taskpane/notExcel";
import { EMPTY_AFTER_CLEAR, EMPTY_NOT_CHECKED } from "../../src/taskpane/strings";
import { groupFindings } from "../../src/taskpane/groupFindings";
import { coreChecker } from "./coreChecker";

afterEach(cleanup);

const exceptions = (rows: (string | null)[][]) => ({ name: "점검 예외", values: [["시트", "셀", "코드", "사유", "값", "일시"], ...rows], merges: [] });

describe("the pane's wording", () => {
  it("the empty-state texts keep each button name on one line (no-break spaces inside the brackets)", () => {
    expect(EMPTY_NOT_CHECKED).toContain("[이\u00a0시트\u00a0검사]");
    expect(EMPTY_NOT_CHECKED).toContain("[전체\u00a0검사]를");
    expect(EMPTY_AFTER_CLEAR).toContain("[전체\u00a0검사]를");
    expect(EMPTY_NOT_CHECKED).not.toMatch(/\[[^\]]* [^\]]*\]/);
  });

  it("outside Excel: says in Korean that it runs inside Excel and links the standalone page", () => {
    const container = document.createElement("div");
    showNotExcel(container);
    expect(container.textContent).toContain("이 작업 창은 Excel 안에서 실행됩니다.");
    expect(container.textContent).not.toContain("preview.html");
    const link = container.querySelector("a");
    expect(link?.getAttribute("href")).toBe("pledge-check.html");
    expect(link?.textContent).toContain("pledge-check.html");
  });

  it("announces a finished check in a polite live region that is there before the run", async () => {
    render(<App checker={coreChecker([cardGrid(seedCard633())])} />);
    const live = screen.getByTestId("announcement");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toBe("");
    fireEvent.click(screen.getByRole("button", { name: "전체 검사" }));
    // The seed card: one pledge, one 참고 (OVER_ACHIEVEMENT at G7) marked.
    await waitFor(() => expect(screen.getByTestId("announcement").textContent).toBe("검사 완료: 공약 1개, 표시한 셀 1개."));
  });
});

describe("예외로 두기", () => {
  function show(finding: Finding) {
    const onAccept = vi.fn(async () => {});
    const onCancel = vi.fn(async () => {});
    render(
      <FluentProvider theme={webLightTheme}>
        <ul>
          <li>
            <FindingItem finding={finding} onSelect={() => {}} />
            <ExceptionControls finding={finding} onAccept={onAccept} onCancel={onCancel} />
          </li>
        </ul>
      </FluentProvider>,
    );
    return { onAccept };
  }
  const f7 = (rows: (string | null)[][] = []) => checkWorkbook([cardGrid(mistakesCard()), exceptions(rows)]).sheets[0].findings.find((f) => f.cell === "F7") as Finding;

  it("Enter confirms the reason", async () => {
    const finding = f7();
    const { onAccept } = show(finding);
    fireEvent.click(screen.getByRole("button", { name: "예외로 두기" }));
    const box = screen.getByRole("textbox");
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: "2024년 실적 정정 승인" } });
    fireEvent.keyDown(box, { key: "Enter" });
    await waitFor(() => expect(onAccept).toHaveBeenCalledWith(finding, "2024년 실적 정정 승인"));
  });

  it("Escape closes without writing, and focus returns to the finding", () => {
    const { onAccept } = show(f7());
    fireEvent.click(screen.getByRole("button", { name: "예외로 두기" }));
    fireEvent.keyDown(screen.getByRole("textbox"), { key: "Escape" });
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(onAccept).not.toHaveBeenCalled();
    expect((document.activeElement as HTMLElement).textContent).toContain("F7");
  });

  it("an accepted finding wears the neutral 예외 badge, not its 오류 badge, with its reason", () => {
    show(f7([["3-1-2", "F7", "ACTUAL_CUMULATIVE_MISMATCH", "확인함", "25(54)", ""]]));
    const item = screen.getByRole("button", { name: /F7/ });
    expect(within(item).getByText("예외")).toBeTruthy();
    expect(within(item).queryByText("오류")).toBeNull();
    expect(screen.getByText(/^예외 · 사유: 확인함/)).toBeTruthy();
  });
});

describe("group headers count what is shown", () => {
  it("with only 오류 on, each sheet and pledge header counts its errors and nothing hidden", () => {
    const result = checkWorkbook([cardGrid(mistakesCard()), cardGrid(seedCard633())]);
    const all = result.sheets.flatMap((sheet) => sheet.findings);
    const errors = all.filter((f) => f.severity === "error").length;
    expect(all.length).toBeGreaterThan(errors);
    const grouped = groupFindings(result, { shown: new Set(["error"]) });
    // The chips still count everything; the headers only what is listed under them.
    expect(grouped.counts.warning + grouped.counts.info).toBe(all.length - errors);
    for (const sheet of grouped.sheets) {
      expect(sheet.counts.warning + sheet.counts.info).toBe(0);
      for (const pledge of sheet.pledges) expect(pledge.counts).toEqual({ error: pledge.findings.length, warning: 0, info: 0 });
    }
    expect(grouped.sheets.reduce((n, s) => n + s.counts.error, 0)).toBe(errors);
  });
});
