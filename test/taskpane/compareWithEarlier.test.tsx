// @vitest-environment jsdom
// 이전 제출본과 비교 in the pane: a real earlier .xlsx read in the pane, compared with the
// current check; each change selects its cell. The earlier file is seed card 6-3-3 as of
// 2025. 6. 30.; the current one has the 2024 actual rewritten 23(28) → 20(25) (F7).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { checkWorkbook, type WorkbookResult } from "../../src/core";
import { cardGrid, seedCard633 } from "../../src/sample/cards";
import { CompareWithEarlier } from "../../src/taskpane/components/CompareWithEarlier";
import { App } from "../../src/taskpane/components/App";
import { tempFolder, writeCards } from "../support/xlsx";
import { coreChecker } from "./coreChecker";

let earlier: ArrayBuffer;
let cleanupDir: () => Promise<void> = async () => {};
beforeAll(async () => {
  const { dir, cleanup: c } = await tempFolder();
  cleanupDir = c;
  const bytes = await readFile(await writeCards(join(dir, "earlier.xlsx"), [seedCard633()]));
  earlier = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
});
afterAll(() => cleanupDir());
afterEach(cleanup);

function currentResult(edit: (actual: string[]) => void = () => {}): WorkbookResult {
  const spec = { ...seedCard633(), asOf: "2025. 9. 30." };
  spec.indicators = seedCard633().indicators;
  edit(spec.indicators[0].actual as string[]);
  return checkWorkbook([cardGrid(spec)]);
}

function show(current: WorkbookResult | null, bytes: () => ArrayBuffer = () => earlier) {
  const onSelect = vi.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <CompareWithEarlier current={current} onSelect={onSelect} readBytes={async () => bytes()} />
    </FluentProvider>,
  );
  return onSelect;
}

function choose() {
  fireEvent.change(screen.getByLabelText("이전 제출본과 비교"), { target: { files: [new File(["x"], "earlier.xlsx")] } });
}

describe("CompareWithEarlier", () => {
  it("needs a check first", () => {
    show(null);
    expect((screen.getByRole("button", { name: "이전 제출본과 비교" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("lists the changes against the earlier file; a click selects the cell", async () => {
    const onSelect = show(
      currentResult((actual) => {
        actual[2] = "20(25)";
        actual[3] = "17(42)";
      }),
    );
    choose();
    // The badge and the cell apart (never "경고6-3-3!F7"): the cell is the button, the badge beside it.
    const past = await screen.findByRole("button", { name: "6-3-3!F7" });
    expect(past.closest("li")?.textContent).toMatch(/^경고 6-3-3!F7/);
    await waitFor(() => expect(screen.getByRole("heading", { name: /^이전 제출본과 달라진 점 3건$/ })).toBe(document.activeElement));
    expect(screen.getByText(/이미 끝난 2024 기간의 실적이 고쳐졌습니다: 이전 23\(28\) → 현재 20\(25\)\./)).toBeTruthy();
    expect(screen.getAllByRole("button", { name: "6-3-3!G7" }).map((b) => b.closest("li")?.textContent?.slice(0, 2))).toContain("오류"); // 45 → 42
    fireEvent.click(past);
    expect(onSelect).toHaveBeenCalledWith("6-3-3", "F7");
  });

  it("says when nothing changed, and when the file cannot be read", async () => {
    show(currentResult());
    choose();
    expect(await screen.findByText("이전 제출본과 달라진 점이 없습니다.")).toBeTruthy();
    cleanup();
    show(currentResult(), () => new TextEncoder().encode("not a workbook").buffer as ArrayBuffer);
    choose();
    expect((await screen.findByRole("alert")).textContent).toBe("이전 제출본을 읽을 수 없습니다. 암호가 없는 .xlsx 파일인지 확인하세요.");
  });
});

describe("이전 제출본과 비교 in the pane", () => {
  it("is offered after a whole-workbook check, not before and not after 이 시트 검사; the chosen file is compared with that check", async () => {
    const spec = { ...seedCard633(), asOf: "2025. 9. 30." };
    spec.indicators = seedCard633().indicators;
    (spec.indicators[0].actual as string[])[2] = "20(25)"; // the 2024 actual rewritten (earlier: 23(28))
    render(<App checker={coreChecker([cardGrid(spec)])} />);
    const compare = () => screen.getByRole("button", { name: "이전 제출본과 비교" }) as HTMLButtonElement;
    expect(compare().disabled).toBe(true);
    expect(screen.getByText("먼저 전체 검사를 실행하세요.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "이 시트 검사" }));
    await screen.findByRole("heading", { name: "검토 결과" });
    expect(compare().disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "전체 검사" }));
    await waitFor(() => expect(compare().disabled).toBe(false));
    fireEvent.change(screen.getByLabelText("이전 제출본과 비교"), { target: { files: [new File([earlier], "earlier.xlsx")] } });
    const heading = await screen.findByRole("heading", { name: /^이전 제출본과 달라진 점/ }, { timeout: 5000 });
    await waitFor(() => expect(heading).toBe(document.activeElement));
    expect(screen.getByRole("button", { name: "6-3-3!F7" })).toBeTruthy();
  });
});
