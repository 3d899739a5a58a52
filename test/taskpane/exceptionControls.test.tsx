// @vitest-environment jsdom
// 예외로 두기 / 예외 취소 under a finding: a reason is required before anything is written;
// an accepted finding shows its reason and can be cancelled; accepted ones group apart.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { checkWorkbook, type Finding } from "../../src/core";
import { cardGrid, mistakesCard } from "../../src/sample/cards";
import { splitAccepted } from "../../src/taskpane/acceptedFindings";
import { groupFindings } from "../../src/taskpane/groupFindings";
import { ExceptionControls } from "../../src/taskpane/components/ExceptionControls";

afterEach(cleanup);

const exceptions = (rows: (string | null)[][]) => ({ name: "점검 예외", values: [["시트", "셀", "코드", "사유", "값", "일시"], ...rows], merges: [] });

function findings(rows: (string | null)[][] = []): Finding[] {
  return checkWorkbook([cardGrid(mistakesCard()), exceptions(rows)]).sheets[0].findings;
}

function show(finding: Finding) {
  const onAccept = vi.fn(async () => {});
  const onCancel = vi.fn(async () => {});
  render(
    <FluentProvider theme={webLightTheme}>
      <ExceptionControls finding={finding} onAccept={onAccept} onCancel={onCancel} />
    </FluentProvider>,
  );
  return { onAccept, onCancel };
}

describe("ExceptionControls", () => {
  it("asks for a reason and refuses an empty one", async () => {
    const f7 = findings().find((f) => f.cell === "F7") as Finding;
    const { onAccept } = show(f7);
    fireEvent.click(screen.getByRole("button", { name: "예외로 두기" }));
    fireEvent.click(screen.getByRole("button", { name: "예외로 두기 확인" }));
    expect(await screen.findByText("예외로 두는 사유를 적어 주세요. 사유가 없으면 예외로 둘 수 없습니다.")).toBeTruthy();
    expect(onAccept).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "  2024년 실적 정정 승인 " } });
    fireEvent.click(screen.getByRole("button", { name: "예외로 두기 확인" }));
    await waitFor(() => expect(onAccept).toHaveBeenCalledWith(f7, "2024년 실적 정정 승인"));
  });

  it("shows an accepted finding's reason and cancels it", async () => {
    const f7 = findings([["3-1-2", "F7", "ACTUAL_CUMULATIVE_MISMATCH", "확인함", "25(54)", "2025-07-01 10:05"]]).find((f) => f.cell === "F7") as Finding;
    const { onCancel } = show(f7);
    expect(screen.getByText("예외 · 사유: 확인함 (2025-07-01 10:05)")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "예외 취소" }));
    await waitFor(() => expect(onCancel).toHaveBeenCalledWith(f7));
  });

  it("says why a lapsed acceptance counts again, and offers to accept anew", () => {
    const f7 = findings([["3-1-2", "F7", "ACTUAL_CUMULATIVE_MISMATCH", "확인함", "25(53)", null]]).find((f) => f.cell === "F7") as Finding;
    show(f7);
    expect(screen.getByText("예외로 둔 뒤 셀 내용이 바뀌어(예외 당시 '25(53)') 예외가 풀렸습니다. 다시 확인하세요.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "예외로 두기" })).toBeTruthy();
  });

  it("groups accepted findings apart; a lapsed one stays open", () => {
    const all = findings([
      ["3-1-2", "F7", "ACTUAL_CUMULATIVE_MISMATCH", "확인함", "25(54)", null],
      ["3-1-2", "I2", "HEADLINE_RATE_MISMATCH", "도 발표치", "61%", null], // lapsed: I2 reads 60%
    ]);
    const { open, accepted } = splitAccepted(all);
    expect(accepted.map((f) => f.cell)).toEqual(["F7"]);
    expect(open.map((f) => f.cell)).toEqual(["I8", "I10", "I2"]);
  });
});

describe("the checked-sheet count", () => {
  it("leaves out 점검 예외, which is read alongside the cards but not checked", () => {
    const result = checkWorkbook([cardGrid(mistakesCard()), exceptions([])]);
    expect(result.sheets.map((sheet) => sheet.name)).toEqual(["3-1-2", "점검 예외"]);
    expect(groupFindings(result).sheetsChecked).toBe(1);
  });
});
