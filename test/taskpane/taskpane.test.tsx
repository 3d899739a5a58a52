// @vitest-environment jsdom
// The task pane against a checker that runs the real core on the sample cards: what each
// action calls, what the pane shows while working, and how findings are listed.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkWorkbook, formatRate, planRateWrites, SEVERITY_LABELS, summarize, summaryRows } from "../../src/core";
import type { Finding, SheetGrid } from "../../src/core/types";
import { cardGrid, mistakesCard, sampleDepartmentCards, seedCard633, seedCard723, stackCards } from "../../src/sample/cards";
import { App } from "../../src/taskpane/components/App";
import { PledgeCheckError } from "../../src/taskpane/pledgeCheckError";
import { coreChecker } from "./coreChecker";

const sampleGrids = (): SheetGrid[] => sampleDepartmentCards().map(cardGrid);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;
/** Disabled the way the action buttons are: still focusable, announced and inert. */
const isDisabled = (el: HTMLElement) => el.getAttribute("aria-disabled") === "true" || (el as HTMLButtonElement).disabled;
/** The finding cards: buttons in the findings lists (the filter chips also start with 오류 · 경고 · 참고). */
const findingButtons = (within_: HTMLElement = document.body) =>
  within(within_)
    .queryAllByRole("button")
    .filter((b) => b.closest("li") && Object.values(SEVERITY_LABELS).some((l) => b.textContent?.startsWith(l)));
const RANK = { error: 0, warning: 1, info: 2 } as const;
/** Errors first, each severity in the card's order. */
const bySeverity = (findings: Finding[]) => [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);

/** The filter chips, read back as { 오류: n, … }. */
function chipCounts(): Record<string, number> {
  const group = screen.getByRole("group", { name: "심각도별로 보기" });
  return Object.fromEntries(
    within(group)
      .getAllByRole("button")
      .map((b) => {
        const m = /^(\S+) (\d+)건$/.exec(b.textContent ?? "");
        return [m?.[1], Number(m?.[2])];
      }),
  );
}

async function runAndWait(name: string) {
  fireEvent.click(button(name));
  await waitFor(() => expect(isDisabled(button(name))).toBe(false));
}

/** The counts list for a group, read back as { 오류: n, 경고: n, 참고: n }. */
function shownCounts(label: string): Record<string, number> {
  const list = screen.getByRole("list", { name: label });
  return Object.fromEntries(
    within(list)
      .getAllByRole("listitem")
      .map((li) => {
        const m = /^(\S+?)(\d+)건$/.exec(li.textContent ?? "");
        return [m?.[1], Number(m?.[2])];
      }),
  );
}

/** Counts by Korean label; a severity with no finding is not shown, so it is not expected. */
function expectedCounts(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[SEVERITY_LABELS[f.severity]] = (counts[SEVERITY_LABELS[f.severity]] ?? 0) + 1;
  return counts;
}

describe("task pane", () => {
  it("starts empty, says what to do, and names every control", () => {
    render(<App checker={coreChecker(sampleGrids())} />);
    expect(screen.getByText(/아직 검사하지 않았습니다/)).toBeTruthy();
    for (const name of ["이 시트 검사", "전체 검사", "이행률 채우기", "표시 지우기", "요약 시트 만들기"]) {
      expect(isDisabled(button(name))).toBe(false);
    }
    const precision = screen.getByRole("combobox", { name: "반올림 자릿수" }) as HTMLSelectElement;
    expect(precision.value).toBe("auto");
    expect(Array.from(precision.options).map((o) => o.textContent)).toEqual([
      "자동(카드 기준)",
      "0 (정수)",
      "1 (소수 첫째 자리)",
      "2 (소수 둘째 자리)",
    ]);
  });

  it("전체 검사 lists the core's findings grouped by sheet and pledge, with counts", async () => {
    const grids = sampleGrids();
    const checker = coreChecker(grids);
    render(<App checker={checker} />);
    await runAndWait("전체 검사");

    expect(checker.calls.map((c) => c.method)).toEqual(["checkAll"]);
    const result = checkWorkbook(grids);
    const all = result.sheets.flatMap((s) => s.findings);
    expect(all.length).toBeGreaterThan(3);
    expect(chipCounts()).toEqual(expectedCounts(all));
    expect(findingButtons()).toHaveLength(all.length);

    for (const sheet of result.sheets) {
      const section = screen.getByRole("region", { name: `시트 ${sheet.name}` });
      for (const pledge of sheet.pledges) {
        const own = sheet.findings.filter((f) => f.pledgeId === pledge.id);
        const title = `${pledge.id} ${pledge.title}`;
        const group = within(section).getByRole("region", { name: `${sheet.name} ${title}` });
        expect(within(group).getByRole("heading", { name: title })).toBeTruthy();
        expect(shownCounts(`${title} 심각도별 건수`)).toEqual(expectedCounts(own));
        const items = findingButtons(group);
        expect(items).toHaveLength(own.length);
        bySeverity(own).forEach((f, i) => {
          const text = items[i].textContent ?? "";
          expect(text.startsWith(SEVERITY_LABELS[f.severity] + f.cell)).toBe(true);
          expect(text).toContain(f.message);
          // 부서명 is what to write, not a value the cell should hold.
          if (f.code === "MISSING_DEPARTMENT") {
            expect(text).toContain("입력 안내: 부서명");
            expect(text).not.toContain("기대값");
          } else if (f.expected !== null) expect(text).toContain(`기대값: ${f.expected}`);
          if (f.found !== null) expect(text).toContain(`현재값: ${f.found}`);
        });
      }
    }
    const pledges = result.sheets.reduce((n, s) => n + s.pledges.length, 0);
    expect(screen.getByText(new RegExp(`시트 ${result.sheets.length}개 · 공약 ${pledges}개 검사`))).toBeTruthy();
  });

  it("이 시트 검사 checks only the active sheet", async () => {
    const checker = coreChecker(sampleGrids(), "3-1-2");
    render(<App checker={checker} />);
    await runAndWait("이 시트 검사");
    expect(checker.calls.map((c) => c.method)).toEqual(["checkActiveSheet"]);
    expect(screen.getByRole("region", { name: "시트 3-1-2" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "시트 6-3-3" })).toBeNull();
    const own = checkWorkbook([cardGrid(mistakesCard())]).sheets[0].findings;
    expect(findingButtons()).toHaveLength(own.length);
  });

  it("selects a finding's cell when it is clicked, and findings are keyboard buttons", async () => {
    const checker = coreChecker(sampleGrids());
    render(<App checker={checker} />);
    await runAndWait("전체 검사");
    const mismatch = checkWorkbook(sampleGrids())
      .sheets.flatMap((s) => s.findings)
      .find((f) => f.code === "INDICATOR_RATE_MISMATCH")!;
    const item = findingButtons().find((b) => b.textContent?.includes(mismatch.message))!;
    expect(item.tagName).toBe("BUTTON");
    expect(item.getAttribute("type")).toBe("button");
    fireEvent.click(item);
    await waitFor(() => expect(checker.selected).toEqual([{ sheet: mismatch.sheet, cell: mismatch.cell }]));
  });

  it("disables every action and shows progress while a run is under way", async () => {
    const checker = coreChecker(sampleGrids());
    checker.hold();
    render(<App checker={checker} />);
    fireEvent.click(button("전체 검사"));
    await screen.findByText("시트 읽는 중 (0/3)");
    for (const name of ["이 시트 검사", "전체 검사", "이행률 채우기", "표시 지우기", "요약 시트 만들기"]) expect(isDisabled(button(name))).toBe(true);
    expect((screen.getByRole("combobox", { name: "반올림 자릿수" }) as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("전체 시트를 검사하는 중…")).toBeTruthy();
    // Not "아직 검사하지 않았습니다 … [전체 검사]를 누르세요" under the progress bar.
    expect(screen.queryByText(/아직 검사하지 않았습니다/)).toBeNull();
    fireEvent.click(button("이행률 채우기"));
    expect(checker.calls.map((c) => c.method)).toEqual(["checkAll"]);

    await act(async () => checker.release());
    await waitFor(() => expect(isDisabled(button("전체 검사"))).toBe(false));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(findingButtons().length).toBeGreaterThan(0);
  });

  it("passes the precision setting to the checker, and the filled values follow it", async () => {
    const grids = sampleGrids();
    const checker = coreChecker(grids);
    render(<App checker={checker} />);
    fireEvent.change(screen.getByRole("combobox", { name: "반올림 자릿수" }), { target: { value: "2" } });
    await runAndWait("이행률 채우기");
    expect(checker.calls).toEqual([{ method: "fillRates", options: { precision: 2 } }]);

    const writes = planRateWrites(checkWorkbook(grids, { precision: 2 }), { precision: 2 });
    const auto = planRateWrites(checkWorkbook(grids), {});
    expect(writes.map((w) => w.value)).not.toEqual(auto.map((w) => w.value));
    const list = screen.getByRole("region", { name: "채운 이행률" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(writes.length);
    for (const w of writes) {
      expect(within(list).getByRole("button", { name: `${w.sheet} ${w.cell}: ${w.value}` })).toBeTruthy();
    }
    expect(screen.getByText(`이행률 셀 ${writes.length}개를 채웠습니다.`)).toBeTruthy();

    fireEvent.change(screen.getByRole("combobox", { name: "반올림 자릿수" }), { target: { value: "auto" } });
    await runAndWait("전체 검사");
    expect(checker.calls[1]).toEqual({ method: "checkAll", options: { precision: "auto" } });
  });

  it("요약 시트 만들기 passes the setting and reports the sheet and the core's figures", async () => {
    const grids = sampleGrids();
    const checker = coreChecker(grids);
    render(<App checker={checker} />);
    fireEvent.change(screen.getByRole("combobox", { name: "반올림 자릿수" }), { target: { value: "1" } });
    await runAndWait("요약 시트 만들기");
    expect(checker.calls).toEqual([{ method: "createSummarySheet", options: { precision: 1 } }]);
    const summary = summarize(summaryRows(checkWorkbook(grids)));
    expect(summary.pledges).toBe(3);
    const line = `'요약' 시트를 만들었습니다. 공약 3개 · 완료율 ${formatRate(summary.completionRate!, 2)}% · 평균 이행률 ${formatRate(summary.meanRate!, 2)}%`;
    expect(screen.getByText(line)).toBeTruthy();
    // The findings list is for checks; a summary leaves the pane's last check alone.
    expect(screen.getByText(/아직 검사하지 않았습니다/)).toBeTruthy();
  });

  it("says where the summary went when a 요약 sheet of the user's is in the way", async () => {
    const grids = [...sampleGrids(), { name: "요약", values: [["우리 과 메모"]], merges: [] }];
    render(<App checker={coreChecker(grids)} />);
    await runAndWait("요약 시트 만들기");
    expect(screen.getByText(/^'요약 \(2\)' 시트를 만들었습니다/)).toBeTruthy();
    expect(screen.getByText(/'요약 \(2\)' 시트에 요약을 만들었습니다/)).toBeTruthy();
  });

  it("clears flags, says how many and what it did, and the list goes with the marks", async () => {
    const checker = coreChecker(sampleGrids());
    render(<App checker={checker} />);
    await runAndWait("전체 검사");
    const flagged = screen.getByText(/셀 \d+개에 표시했습니다/).textContent!;
    const n = Number(/셀 (\d+)개/.exec(flagged)![1]);
    expect(n).toBeGreaterThan(0);
    await runAndWait("표시 지우기");
    expect(screen.getByText(`표시 ${n}개를 지웠습니다. 칠한 색은 원래 색으로 돌려놓고, 공약 점검이 남긴 메모·댓글과 '검토 결과' 시트를 지웠습니다.`)).toBeTruthy();
    // The pane describes the workbook as it now is: no marks, so no list and no "셀 N개에 표시했습니다".
    expect(screen.queryByText(/셀 \d+개에 표시했습니다/)).toBeNull();
    expect(findingButtons()).toHaveLength(0);
    expect(screen.getByText(/통합 문서에 공약 점검 표시가 없습니다/)).toBeTruthy();
    expect(screen.queryByText(/아직 검사하지 않았습니다/)).toBeNull();
    await runAndWait("표시 지우기");
    expect(screen.getByText("지울 표시가 없습니다.")).toBeTruthy();
  });

  it("shows a PledgeCheckError's own message, and a generic one for anything else", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const checker = coreChecker(sampleGrids());
    render(<App checker={checker} />);

    checker.failNext(new PledgeCheckError("시트 '6-3-3'이 보호되어 있어 표시할 수 없습니다.", "AccessDenied"));
    await runAndWait("전체 검사");
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("작업을 마치지 못했습니다");
    expect(alert.textContent).toContain("시트 '6-3-3'이 보호되어 있어 표시할 수 없습니다.");

    await runAndWait("전체 검사");
    expect(findingButtons().length).toBeGreaterThan(0);
    checker.failNext(new TypeError("Cannot read properties of undefined (reading 'values')"));
    await runAndWait("전체 검사");
    const generic = screen.getByRole("alert").textContent ?? "";
    expect(generic).toContain("예상하지 못한 오류가 났습니다");
    expect(generic).not.toContain("Cannot read");
    // The old list does not stay under the error as if it were this run's answer.
    expect(findingButtons()).toHaveLength(0);
    expect(screen.queryByText(/셀 \d+개에 표시했습니다/)).toBeNull();
    expect(screen.queryByText(/아직 검사하지 않았습니다/)).toBeNull();

    await runAndWait("전체 검사");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(findingButtons().length).toBeGreaterThan(0);
  });

  it("still lists the findings when only writing the flags failed", async () => {
    const grids = sampleGrids();
    const checker = coreChecker(grids);
    render(<App checker={checker} />);
    const result = checkWorkbook(grids);
    checker.failNext(new PledgeCheckError("시트나 통합 문서가 보호되어 있어 바꿀 수 없습니다.", "AccessDenied", result));
    await runAndWait("전체 검사");
    expect(screen.getByRole("alert").textContent).toContain("보호되어 있어 바꿀 수 없습니다");
    expect(findingButtons()).toHaveLength(result.sheets.flatMap((s) => s.findings).length);
    expect(screen.getByText(/표시한 셀이 없습니다/)).toBeTruthy();
  });

  it("says when it cannot move to a finding's cell", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const checker = coreChecker(sampleGrids());
    render(<App checker={checker} />);
    await runAndWait("전체 검사");
    checker.failNext(new Error("ItemNotFound"));
    fireEvent.click(findingButtons()[0]);
    expect((await screen.findByRole("alert")).textContent).toContain("셀로 이동하지 못했습니다");
    expect(checker.selected).toEqual([]);
  });

  it("says so when nothing is wrong, and when no table was found", async () => {
    // Seed card 6-3-3 is correct apart from an informational over-achievement; drop that
    // indicator's excess so the card is clean.
    const clean = seedCard633();
    clean.indicators[0].actual = ["-", "5(5)", "10(15)", "5(20)", ""];
    clean.indicators[0].rate = 77;
    clean.indicators[1].rate = 71;
    clean.pledgeRate = 74;
    clean.headline = "74%";
    const grids = [cardGrid(clean)];
    expect(checkWorkbook(grids).sheets[0].findings).toEqual([]);
    render(<App checker={coreChecker(grids)} />);
    await runAndWait("전체 검사");
    expect(screen.getByText("문제가 없습니다. 시트 1개에서 공약 1개를 검사했습니다.")).toBeTruthy();
    expect(findingButtons()).toHaveLength(0);
    cleanup();

    render(<App checker={coreChecker([{ name: "메모", values: [["회의 메모"]], merges: []}])} />);
    await runAndWait("전체 검사");
    expect(screen.getByText(/공약달성 확인지표 표를 찾지 못했습니다/)).toBeTruthy();
  });

  it("shows cell text as text, never as markup", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const spec = seedCard723();
    spec.indicators[0].actual[2] = hostile;
    const grids = [cardGrid(spec)];
    const finding = checkWorkbook(grids).sheets[0].findings.find((f) => f.found === hostile);
    expect(finding, "the core reports the unreadable cell").toBeTruthy();

    const { container } = render(<App checker={coreChecker(grids)} />);
    await runAndWait("전체 검사");
    const item = findingButtons().find((b) => b.textContent?.includes(finding!.message))!;
    expect(item.textContent).toContain(`현재값: ${hostile}`);
    expect(container.querySelector("img")).toBeNull();
    expect(document.querySelector("img")).toBeNull();
  });

  it("shows a hint labelled as a hint, never as a value", async () => {
    // 7-2-3 names no department: the hint 부서명 was shown as 기대값 before.
    render(<App checker={coreChecker([cardGrid(seedCard723())])} />);
    await runAndWait("전체 검사");
    const item = findingButtons().find((b) => b.textContent?.includes("주관부서가 적혀 있지 않습니다"))!;
    expect(item.textContent).toContain("입력 안내: 부서명");
    expect(item.textContent).not.toContain("기대값");
  });

  it("keeps two cards without a pledge number on one sheet in two groups", async () => {
    const unnumbered = (title: string) => {
      const spec = seedCard633();
      spec.id = "";
      spec.title = title;
      return spec;
    };
    // Titles are read without a number too (issue 8): these cards have neither, so only where
    // they start names them.
    const grid = stackCards("부서", [unnumbered(""), unnumbered("")]);
    render(<App checker={coreChecker([grid])} />);
    await runAndWait("전체 검사");
    const section = screen.getByRole("region", { name: "시트 부서" });
    // Without a number cell a card is anchored at its header row: A5, and A17 for the second
    // card (a card takes 10 rows, then 2 blank rows: header at 10 + 2 + 5 = 17).
    expect(within(section).getByRole("region", { name: "부서 (공약번호 없음) A5" })).toBeTruthy();
    expect(within(section).getByRole("region", { name: "부서 (공약번호 없음) A17" })).toBeTruthy();
  });
});
