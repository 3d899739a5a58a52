// @vitest-environment jsdom
// What the pane shows after each action, errors first, the filters, and the logic under
// them (groupFindings, afterAction), on the sample cards through the real core.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkWorkbook, planRateWrites, SEVERITY_LABELS } from "../../src/core";
import type { Finding, SheetGrid, WorkbookResult } from "../../src/core/types";
import { cardGrid, sampleDepartmentCards } from "../../src/sample/cards";
import { App } from "../../src/taskpane/components/App";
import { filterChips, groupFindings } from "../../src/taskpane/groupFindings";
import { PledgeCheckError } from "../../src/taskpane/pledgeCheckError";
import { afterAction, IDLE } from "../../src/taskpane/usePaneRunner";
import { coreChecker } from "./coreChecker";

const sampleGrids = (): SheetGrid[] => sampleDepartmentCards().map(cardGrid);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;
const findingButtons = () =>
  screen.queryAllByRole("button").filter((b) => b.closest("li") && Object.values(SEVERITY_LABELS).some((l) => b.textContent?.startsWith(l)));

async function runAndWait(name: string) {
  fireEvent.click(button(name));
  await waitFor(() => expect(button(name).getAttribute("aria-disabled")).not.toBe("true"));
}

/** Does a come before b in the document? */
const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe("errors first", () => {
  // The sample: 3-1-2 has 3 errors (F7, I8, I2) and a warning (I10); 6-3-3 and 7-2-3 one
  // 참고 each (OVER_ACHIEVEMENT G7, MISSING_DEPARTMENT B2).
  it("lists the sheet with errors first and, within it, errors before the warning", async () => {
    render(<App checker={coreChecker(sampleGrids())} />);
    await runAndWait("전체 검사");
    const cards = findingButtons().map((b) => (b.textContent ?? "").slice(0, 4));
    expect(cards).toEqual(["오류F7", "오류I8", "오류I2", "경고I1", "참고G7", "참고B2"]);
    // The chevron before each title is aria-hidden; the headings' text after it:
    const sheets = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent?.replace(/^[▾▸]/, ""));
    expect(sheets).toEqual(["시트 3-1-2", "시트 6-3-3", "시트 7-2-3"]);
  });

  it("offers a chip per severity present, with counts, and hides zero counts on groups", async () => {
    render(<App checker={coreChecker(sampleGrids())} />);
    await runAndWait("전체 검사");
    const chips = within(screen.getByRole("group", { name: "심각도별로 보기" })).getAllByRole("button");
    expect(chips.map((c) => c.textContent)).toEqual(["오류 3건", "경고 1건", "참고 2건"]);
    expect(chips.every((c) => c.getAttribute("aria-pressed") === "true")).toBe(true);
    // 6-3-3 has one 참고: its counts say only that, no "오류 0건 경고 0건".
    const counts = screen.getByRole("list", { name: "시트 6-3-3 심각도별 건수" });
    expect(within(counts).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["참고1건"]);
  });

  it("filters by severity: 오류 off leaves the warning and the notes; every chip off says so", async () => {
    render(<App checker={coreChecker(sampleGrids())} />);
    await runAndWait("전체 검사");
    fireEvent.click(screen.getByRole("button", { name: "오류 3건" }));
    expect(screen.getByRole("button", { name: "오류 3건" }).getAttribute("aria-pressed")).toBe("false");
    expect(findingButtons().map((b) => (b.textContent ?? "").slice(0, 4))).toEqual(["경고I1", "참고G7", "참고B2"]);
    fireEvent.click(screen.getByRole("button", { name: "경고 1건" }));
    fireEvent.click(screen.getByRole("button", { name: "참고 2건" }));
    expect(findingButtons()).toHaveLength(0);
    expect(screen.getByText(/선택한 심각도의 결과가 없습니다/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "오류 3건" }));
    expect(findingButtons()).toHaveLength(3);
    // A new run starts with every chip on again, so its first error is never filtered away.
    await runAndWait("전체 검사");
    expect(findingButtons()).toHaveLength(6);
  });

  it("opens and closes a sheet's and a pledge's group from its heading", async () => {
    render(<App checker={coreChecker(sampleGrids())} />);
    await runAndWait("전체 검사");
    const toggle = within(screen.getByRole("heading", { name: "시트 3-1-2" })).getByRole("button");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.getElementById(toggle.getAttribute("aria-controls")!)!.hidden).toBe(true);
    fireEvent.click(toggle);
    const pledge = screen.getAllByRole("heading", { level: 4 })[0];
    const inner = within(pledge).getByRole("button");
    fireEvent.click(inner);
    expect(document.getElementById(inner.getAttribute("aria-controls")!)!.hidden).toBe(true);
  });
});

describe("after 이행률 채우기", () => {
  it("lists the written cells first, then only what remains, and says where the replaced values are kept", async () => {
    const grids = sampleGrids();
    render(<App checker={coreChecker(grids)} />);
    await runAndWait("이행률 채우기");
    // Worked out from the sample: I8 80 → 69, I10 blank → 74, I2 60% → 74% on 3-1-2.
    const written = screen.getByRole("region", { name: "채운 이행률" });
    expect(within(written).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "3-1-2 I8: 69 (이전 값: 80)",
      "3-1-2 I10: 74 (이전 값: (빈 셀))",
      "3-1-2 I2: 74% (이전 값: 60%)",
    ]);
    // What filling cannot fix is left: the cumulative error in F7 and the two 참고.
    expect(findingButtons().map((b) => (b.textContent ?? "").slice(0, 4))).toEqual(["오류F7", "참고G7", "참고B2"]);
    expect(before(written, findingButtons()[0])).toBe(true);
    expect(screen.getByText(/채운 뒤 다시 검사한 결과입니다/)).toBeTruthy();
    expect(screen.getByText(/바꾸기 전 값은 '이행률 채우기 기록' 시트에 날짜와 함께 남겼습니다/)).toBeTruthy();
    expect(screen.queryByText(/채우기 전의 검사 결과/)).toBeNull();
    expect(planRateWrites(checkWorkbook(grids))).toHaveLength(3);
  });

  it("then 표시 지우기 says the filled values stay and where the old ones are", async () => {
    render(<App checker={coreChecker(sampleGrids())} />);
    await runAndWait("이행률 채우기");
    await runAndWait("표시 지우기");
    expect(screen.getByText("채운 이행률 값은 되돌리지 않았습니다. 바꾸기 전 값은 '이행률 채우기 기록' 시트에 그대로 있습니다.")).toBeTruthy();
    expect(screen.queryByText(/원래대로 돌렸습니다/)).toBeNull();
    expect(screen.queryByRole("region", { name: "채운 이행률" })).toBeNull();
  });
});

describe("state after a failure", () => {
  it("이 시트 검사 on pledge-check's own sheet says plainly it is not checked: no error, the list stays", async () => {
    const checker = coreChecker(sampleGrids());
    render(<App checker={checker} />);
    await runAndWait("전체 검사");
    const shown = findingButtons().length;
    const said = "'요약' 시트는 공약 점검이 만든 요약 시트라 검사하지 않습니다. 공약 카드가 있는 시트를 고른 뒤 [이\u00a0시트\u00a0검사]를 누르세요.";
    checker.failNext(new PledgeCheckError(said, "SummarySheetActive"));
    await runAndWait("이 시트 검사");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(document.body.textContent).toContain(said);
    expect(findingButtons()).toHaveLength(shown);
  });

  it("a failed 이 시트 검사 takes the earlier list away; a failed 표시 지우기 keeps it (nothing changed)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const checker = coreChecker(sampleGrids());
    render(<App checker={checker} />);
    await runAndWait("전체 검사");
    const shown = findingButtons().length;
    checker.failNext(new PledgeCheckError("시트가 보호되어 있어 표시하지 못했습니다.", "AccessDenied"));
    await runAndWait("이 시트 검사");
    expect(screen.getByRole("alert").textContent).toContain("시트가 보호되어 있어");
    expect(findingButtons()).toHaveLength(0);

    await runAndWait("전체 검사");
    expect(findingButtons()).toHaveLength(shown);
    // coreChecker.clearFlags cannot be made to fail; the rule itself, on a state with a list:
    const kept = afterAction({ ...IDLE, lastRun: { action: "checkAll", run: { result: { sheets: [] }, flagged: 2, written: [], notices: [] }, id: 1 } }, "clearFlags", {
      ok: false,
      error: new Error("x"),
      message: "표시를 지우지 못했습니다.",
    });
    expect(kept.lastRun?.run.flagged).toBe(2);
    expect(kept.error).toBe("표시를 지우지 못했습니다.");
  });
});

describe("groupFindings and filterChips", () => {
  // A finding tagged by its message (E, E2, W, I), grouped by its pledge's key.
  const finding = (tag: string, severity: Finding["severity"], cell: string, pledgeId: string | null): Finding =>
    ({
      code: "MISSING_DEPARTMENT",
      params: {},
      severity,
      sheet: "S",
      cell,
      message: tag,
      expected: null,
      found: null,
      hint: null,
      pledgeId,
      pledgeKey: pledgeId === null ? null : `pledge:${pledgeId}`,
      indicator: null,
      indicatorKey: null,
      period: null,
      role: "department",
      key: tag,
    }) satisfies Finding;
  const result: WorkbookResult = {
    sheets: [
      { name: "A", pledges: [], findings: [{ ...finding("X", "info", "A1", null), sheet: "A" }] },
      {
        name: "S",
        pledges: [
          { id: "1-1", key: "pledge:1-1" },
          { id: "1-2", key: "pledge:1-2" },
        ] as WorkbookResult["sheets"][0]["pledges"],
        findings: [finding("W", "warning", "B1", "1-1"), finding("E", "error", "B9", "1-2"), finding("I", "info", "B2", "1-2"), finding("E2", "error", "B3", "1-2")],
      },
    ],
  } as WorkbookResult;

  it("puts the sheet and the pledge with an error first, errors before the rest in card order", () => {
    const g = groupFindings(result);
    expect(g.sheets.map((s) => s.sheet)).toEqual(["S", "A"]);
    expect(g.sheets[0].pledges.map((p) => p.key)).toEqual(["pledge:1-2", "pledge:1-1"]);
    expect(g.sheets[0].pledges[0].findings.map((f) => f.message)).toEqual(["E", "E2", "I"]);
    expect(g.counts).toEqual({ error: 2, warning: 1, info: 2 });
  });

  it("offers 예외 only when accepted findings exist, counted apart from their severity and hidden by default", () => {
    const plain = groupFindings(result);
    expect(filterChips(plain).map((c) => c.key)).toEqual(["error", "warning", "info"]);
    const accepted = groupFindings(result, { isAccepted: (f) => f.message === "E2" });
    expect(accepted.accepted).toBe(1);
    expect(accepted.counts.error).toBe(1);
    expect(filterChips(accepted)).toEqual([
      { key: "error", count: 1 },
      { key: "warning", count: 1 },
      { key: "info", count: 2 },
      { key: "accepted", count: 1 },
    ]);
    expect(accepted.sheets[0].pledges[0].findings.map((f) => f.message)).toEqual(["E", "I"]);
    const withAccepted = groupFindings(result, { isAccepted: (f) => f.message === "E2", shown: new Set(["accepted"]) });
    expect(withAccepted.sheets.flatMap((s) => s.pledges.flatMap((p) => p.findings.map((f) => f.message)))).toEqual(["E2"]);
  });
});
