// End to end: the built task pane in Chromium over the in-memory Excel. Builds with the
// project's webpack config, serves the output on 127.0.0.1, injects the fake Excel before
// the page loads, stubs office.js, and allows no request off this machine.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkWorkbook,
  compareWorkbooks,
  FILL_LOG_SHEET_NAME,
  FLAG_COLORS,
  FINDINGS_SHEET_NAME,
  parseA1,
  planFlags,
  planRateWrites,
  SEVERITY_LABELS,
  summarize,
  summaryRows,
  SUMMARY_MARKER,
  SUMMARY_SHEET_NAME,
  toA1,
  withWrites,
} from "../../src/core";
import { ACCEPTED_COLOR } from "../../src/core/flags";
import type { CellWrite, Finding, Flag, SheetGrid } from "../../src/core/types";
import { createPledgeChecker } from "../../src/excel";
import { MemoryExcel, workbookFromGrids } from "../../src/memory-excel";
import { buildAddin } from "./buildAddin";
import { e2eGrids, HOSTILE, HOSTILE_SHEET } from "./e2eWorkbook";
import { serveStatic } from "./staticServer";
import { tempFolder, writeGrids } from "../support/xlsx";
import { readFile } from "node:fs/promises";

const CHROMIUM = "/usr/bin/chromium";
const AXE = resolve(__dirname, "../../node_modules/axe-core/axe.min.js");
/** The task pane's size in Excel on the web and Windows (the narrowest a pane opens at). */
const PANE = { width: 350, height: 800 };
const RANK = { error: 0, warning: 1, info: 2 } as const;
/** Errors first, each severity in the card's order, sheets with worse findings first (see groupFindings). */
function paneOrder(grids: SheetGrid[]): Finding[] {
  const sheets = checkWorkbook(grids).sheets.filter((s) => s.findings.length > 0);
  const worst = (fs: Finding[]) => Math.min(...fs.map((f) => RANK[f.severity]));
  return sheets
    .map((s, i) => ({ s, i }))
    .sort((a, b) => worst(a.s.findings) - worst(b.s.findings) || a.i - b.i)
    .flatMap(({ s }) => {
      const byPledge = new Map<string | null, Finding[]>();
      for (const f of s.findings) byPledge.set(f.pledgeId, [...(byPledge.get(f.pledgeId) ?? []), f]);
      return [...byPledge.values()].sort((a, b) => worst(a) - worst(b)).flatMap((fs) => [...fs].sort((a, b) => RANK[a.severity] - RANK[b.severity]));
    });
}
/** An English finding code such as ACTUAL_CUMULATIVE_MISMATCH. */
const CODE = /[A-Z]{2,}_[A-Z_]{2,}/;
const ARTIFACTS = resolve(__dirname, "../../test-artifacts");
const hasChromium = existsSync(CHROMIUM);
// In CI a missing browser is a broken run, not a skip; on a developer's machine it stays a skip.
const inCi = ["true", "1"].includes((process.env.CI ?? "").toLowerCase());
if (!hasChromium && inCi) throw new Error(`e2e cannot run: ${CHROMIUM} is missing in CI (apt-get install chromium)`);
if (!hasChromium) console.warn(`e2e skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

type Window = { __memoryExcel: MemoryExcel; __printState(sheet: string): { orientation: string; zoom: unknown; titleRows: unknown; autoFilter: unknown } | null };

describe.skipIf(!hasChromium)("task pane in Chromium over the in-memory Excel", () => {
  let outDir: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const offMachine: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "pledge-check-e2e-"));
    await buildAddin(outDir);
    server = await serveStatic(outDir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  async function openPane(query = "", viewport = PANE): Promise<Page> {
    const p = await browser.newPage({ viewport });
    p.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    p.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    p.on("dialog", (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await p.route((url) => !url.href.startsWith(server.url), (route) => {
      offMachine.push(route.request().url());
      return route.abort();
    });
    // The fake is installed by the init script; the real office.js must not replace it.
    await p.route("**/office-js/office.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: "/* office.js stubbed: the in-memory Excel is installed */" }),
    );
    await p.addInitScript({ path: join(outDir, "memory-excel.js") });
    await p.goto(`${server.url}taskpane.html${query}`);
    return p;
  }

  async function run(p: Page, name: string) {
    const button = p.getByRole("button", { name, exact: true });
    await button.click();
    // Disabled while it runs, enabled again when it is done.
    await p.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false");
    expect(await button.isEnabled()).toBe(true);
  }

  /** The finding cards (list items); the filter chips also start with 오류 · 경고 · 참고. */
  const findingItems = (p: Page) =>
    p.getByRole("listitem").getByRole("button").filter({ hasText: new RegExp(`^(${Object.values(SEVERITY_LABELS).join("|")})`) });

  async function shot(p: Page, name: string, fullPage = false) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await p.screenshot({ path: join(ARTIFACTS, name), fullPage });
  }

  /** axe-core on the pane (WCAG 2.x A and AA rules and best practices); every violation's id and nodes. */
  async function axe(p: Page): Promise<string[]> {
    if (!(await p.evaluate(() => "axe" in window))) await p.addScriptTag({ path: AXE });
    return p.evaluate(async () => {
      const run = (window as unknown as { axe: { run(el: Element, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
      const { violations } = await run(document.querySelector("main")!, { resultTypes: ["violations"] });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
  }

  it("ships office.js and its Excel files with the add-in", () => {
    for (const file of ["office.js", "o15apptofilemappingtable.js", "excel-web-16.00.js", "excel-win32-16.01.js", "ko-kr/office_strings.js", "en-us/office_strings.js"]) {
      expect(existsSync(join(outDir, "office-js", file)), file).toBe(true);
    }
    expect(existsSync(join(outDir, "office-js", "word-web-16.00.js"))).toBe(false);
    for (const file of ["taskpane.html", "commands.html", "preview.html", "manifest.xml", "assets/icon-80.png"]) {
      expect(existsSync(join(outDir, file)), file).toBe(true);
    }
  });

  it("checks the whole workbook, flags the cells, fills the rates, and moves to a finding", async () => {
    page = await openPane();
    const grids = e2eGrids();
    const result = checkWorkbook(grids);
    const findings = result.sheets.flatMap((s) => s.findings);
    const flags: Flag[] = planFlags(result, []);

    // While the check runs the empty state ("아직 검사하지 않았습니다") is never on screen.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __emptyWhileBusy: string[] }).__emptyWhileBusy = seen;
      new MutationObserver(() => {
        const main = document.querySelector("main");
        if (main?.getAttribute("aria-busy") === "true" && /아직 검사하지 않았습니다/.test(main.textContent ?? "")) seen.push(main.textContent ?? "");
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await run(page, "전체 검사");
    expect(await page.evaluate(() => (window as unknown as { __emptyWhileBusy: string[] }).__emptyWhileBusy)).toEqual([]);
    await expect.poll(() => findingItems(page).count()).toBe(findings.length);
    for (const f of findings) {
      await expect(findingItems(page).filter({ hasText: f.message }).filter({ hasText: f.cell }).count()).resolves.toBeGreaterThan(0);
    }
    const flaggedText = await page.getByText(/셀 \d+개에 표시했습니다/).textContent();
    expect(flaggedText).toContain(`셀 ${flags.length}개에 표시했습니다`);

    // Errors first: the cards in the order worked out above (sheet, pledge, severity).
    const shown = (await findingItems(page).allTextContents()).map((t) => t.slice(0, 2) + "|" + /^\S{2}([A-Z]+\d+)/.exec(t)?.[1]);
    expect(shown).toEqual(paneOrder(grids).map((f) => `${SEVERITY_LABELS[f.severity]}|${f.cell}`));
    expect(shown[0].startsWith("오류")).toBe(true);
    // At 350 × 800 the first error is on screen without scrolling.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const first = await findingItems(page).first().boundingBox();
    expect(first!.y).toBeGreaterThanOrEqual(0);
    expect(first!.y + first!.height).toBeLessThanOrEqual(PANE.height);
    await shot(page, "taskpane-350-checked.png");

    // Notes speak Korean only: no finding code in any note a department reads.
    const notes = await page.evaluate(() => {
      const wb = (window as unknown as Window).__memoryExcel.workbook;
      return wb.sheetNames().flatMap((name) => [...wb.notes(name).values()]);
    });
    expect(notes.length).toBe(flags.length);
    for (const note of notes) expect(note).not.toMatch(CODE);
    expect(await axe(page)).toEqual([]);

    const marks = await page.evaluate(
      (cells) => {
        const wb = (window as unknown as Window).__memoryExcel.workbook;
        return cells.map(({ sheet, cell }) => ({ fill: wb.fill(sheet, cell)?.color ?? null, note: wb.note(sheet, cell) }));
      },
      flags.map(({ sheet, cell }) => ({ sheet, cell })),
    );
    flags.forEach((flag, i) => {
      expect(marks[i].fill, `${flag.sheet}!${flag.cell}`).toBe(flag.color.toUpperCase());
      expect(marks[i].note, `${flag.sheet}!${flag.cell}`).toContain(findings.find((f) => f.sheet === flag.sheet && f.cell === flag.cell)!.message);
    });

    // Keyboard: Tab to a finding and press Enter; Excel's selection moves to its cell.
    const target = findings.find((f) => f.code === "INDICATOR_RATE_MISMATCH")!;
    await findingItems(page).filter({ hasText: target.message }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() =>
        page.evaluate(() => {
          const wb = (window as unknown as Window).__memoryExcel.workbook;
          const sel = wb.selection;
          return sel ? { sheet: wb.sheetById(sel.sheetId)?.name, row: sel.rect.top, col: sel.rect.left, active: wb.activeSheet()?.name } : null;
        }),
      )
      .toEqual({ sheet: target.sheet, row: 7, col: 8, active: target.sheet }); // I8

    const writes: CellWrite[] = planRateWrites(result);
    expect(writes.length).toBeGreaterThan(0);
    await run(page, "이행률 채우기");
    await expect(page.getByText(`이행률 셀 ${writes.length}개를 채웠습니다.`).count()).resolves.toBe(1);
    const values = await page.evaluate(
      (cells) => {
        const wb = (window as unknown as Window).__memoryExcel.workbook;
        return cells.map(({ sheet, cell }) => wb.value(sheet, cell));
      },
      writes.map(({ sheet, cell }) => ({ sheet, cell })),
    );
    expect(values).toEqual(writes.map((w) => w.value));
    for (const w of writes) {
      await expect(page.getByRole("button", { name: `${w.sheet} ${w.cell}: ${w.value}` }).count()).resolves.toBe(1);
    }
    // The list is the check after writing: only what filling cannot fix, under the written cells.
    const left = paneOrder(withWrites(grids, writes));
    expect(left.length).toBeLessThan(findings.length);
    await expect.poll(() => findingItems(page).count()).toBe(left.length);
    expect(await page.getByText("채우기 전의 검사 결과").count()).toBe(0);
    const writtenBox = await page.getByRole("region", { name: "채운 이행률" }).boundingBox();
    const firstLeft = await findingItems(page).first().boundingBox();
    expect(writtenBox!.y + writtenBox!.height).toBeLessThanOrEqual(firstLeft!.y);
    expect(writtenBox!.y).toBeLessThan(PANE.height);
    // The replaced values are on record, dated, on their own sheet.
    const log = await page.evaluate((name) => (window as unknown as Window).__memoryExcel.workbook.values(name, "B3:E5"), FILL_LOG_SHEET_NAME);
    expect(log).toEqual(writes.map((w) => [w.sheet, w.cell, w.previous === null ? "(빈칸)" : String(w.previous), String(w.value)]));
    expect(await page.getByText(`'${FILL_LOG_SHEET_NAME}' 시트에 날짜와 함께 남겼습니다`, { exact: false }).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await shot(page, "taskpane-350-filled.png");
    await shot(page, "taskpane-e2e.png", true);
  });

  it("shows HTML typed into cells as text", async () => {
    const hostileFinding = checkWorkbook(e2eGrids())
      .sheets.find((s) => s.name === HOSTILE_SHEET)!
      .findings.find((f) => f.found === HOSTILE)!;
    expect(hostileFinding).toBeTruthy();
    await expect(page.getByRole("heading", { name: `${HOSTILE_SHEET} ${HOSTILE}` }).count()).resolves.toBe(1);
    await expect(findingItems(page).filter({ hasText: `현재값: ${HOSTILE}` }).count()).resolves.toBe(1);
    expect(await page.locator("img").count()).toBe(0);
  });

  it("names every control and reaches each one with Tab", async () => {
    const controls = page.locator("main").locator("button, select, input, a[href], [tabindex]");
    const count = await controls.count();
    expect(count).toBeGreaterThan(10);
    const named = page.locator("main").getByRole("button", { name: /\S/ });
    expect(await named.count()).toBe(await page.locator("main").getByRole("button").count());
    expect(await page.getByRole("combobox", { name: "반올림 자릿수" }).count()).toBe(1);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Set<string>();
    for (let i = 0; i < count + 2; i++) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return `${el.tagName}:${(el.textContent ?? "").slice(0, 40)}`;
      }));
    }
    for (const name of ["이 시트 검사", "전체 검사", "이행률 채우기", "표시 지우기"]) expect(reached).toContain(`BUTTON:${name}`);
    expect([...reached].some((r) => r.startsWith("SELECT:"))).toBe(true);
    expect([...reached].filter((r) => /^BUTTON:(오류|경고|참고)/.test(r)).length).toBeGreaterThan(3);
  });

  it("runs an action from the keyboard and keeps focus on its button", async () => {
    await page.getByRole("button", { name: "이 시트 검사", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("이 시트 검사");
    // The active sheet is the one the finding moved Excel to (3-1-2), after its rates were
    // filled: only what filling cannot fix is left.
    const grids = e2eGrids();
    for (const w of planRateWrites(checkWorkbook(grids))) {
      const at = parseA1(w.cell)!;
      grids.find((g) => g.name === w.sheet)!.values[at.row][at.col] = w.value;
    }
    const left = checkWorkbook(grids).sheets.find((s) => s.name === "3-1-2")!.findings;
    expect(left.length).toBeGreaterThan(0);
    await expect.poll(() => findingItems(page).count()).toBe(left.length);
    for (const f of left) expect(await findingItems(page).filter({ hasText: f.message }).count()).toBe(1);
    expect(await page.getByRole("region", { name: "시트 6-3-3" }).count()).toBe(0);
  });

  it("clears its flags and puts the cells back; the pane then shows no list, and says the filled values stay", async () => {
    await run(page, "표시 지우기");
    await expect(page.getByText(/표시 \d+개를 지웠습니다/).count()).resolves.toBe(1);
    await expect(page.getByText(`채운 이행률 값은 되돌리지 않았습니다. 바꾸기 전 값은 '${FILL_LOG_SHEET_NAME}' 시트에 그대로 있습니다.`).count()).resolves.toBe(1);
    expect(await page.getByText(/셀 \d+개에 표시했습니다/).count()).toBe(0);
    expect(await findingItems(page).count()).toBe(0);
    expect(await page.getByText("원래대로 돌렸습니다", { exact: false }).count()).toBe(0);
    const sheets = await page.evaluate(() => (window as unknown as Window).__memoryExcel.workbook.sheetNames());
    expect(sheets).toContain(FILL_LOG_SHEET_NAME);
    expect(sheets).not.toContain(FINDINGS_SHEET_NAME);
    expect(await axe(page)).toEqual([]);
    await shot(page, "taskpane-350-cleared.png");
    const flags = planFlags(checkWorkbook(e2eGrids()), []);
    const left = await page.evaluate(
      (cells) => {
        const wb = (window as unknown as Window).__memoryExcel.workbook;
        return cells.filter(({ sheet, cell }) => wb.fill(sheet, cell) !== null || wb.note(sheet, cell) !== null).length;
      },
      flags.map(({ sheet, cell }) => ({ sheet, cell })),
    );
    expect(left).toBe(0);
  });

  it("makes the 요약 sheet with one row per pledge, the core's totals and a chart", async () => {
    await run(page, "요약 시트 만들기");
    const summary = summarize(summaryRows(checkWorkbook(e2eGrids())));
    await expect(page.getByText(`'요약' 시트를 만들었습니다. 공약 ${summary.pledges}개`, { exact: false }).count()).resolves.toBe(1);
    const sheet = await page.evaluate(() => {
      const wb = (window as unknown as Window).__memoryExcel.workbook;
      return { names: wb.sheetNames(), a1: wb.value("요약", "A1"), ids: wb.values("요약", "A4:A20").map((r) => r[0]), charts: wb.charts("요약").length };
    });
    expect(sheet.names).toContain("요약");
    expect(sheet.a1).toBe(SUMMARY_MARKER);
    expect(sheet.ids.slice(0, summary.pledges)).toEqual(summary.rows.map((r) => r.id));
    expect(sheet.charts).toBe(1);
    // It prints landscape, one page wide, rows 1–3 on every page, a filter on the pledge table
    // (header row 3, one row per pledge, 11 columns A–K).
    const print = await page.evaluate((name) => (window as unknown as Window).__printState(name), SUMMARY_SHEET_NAME);
    expect(print).toEqual({
      orientation: "Landscape",
      zoom: { scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: { first: 0, last: 2 },
      autoFilter: { top: 2, left: 0, bottom: 2 + summary.pledges, right: 10 },
    });
  });

  it("이 시트 검사 on the 요약 sheet says plainly that pledge-check's own sheet is not checked, as a note, not an error (issue 21)", async () => {
    await run(page, "전체 검사");
    const before = await findingItems(page).count();
    expect(before).toBeGreaterThan(0);
    await page.evaluate((name) => (window as unknown as Window).__memoryExcel.workbook.activate(name), SUMMARY_SHEET_NAME);
    await run(page, "이 시트 검사");
    await expect.poll(() => page.getByText(/공약 점검이 만든 요약 시트라 검사하지 않습니다/).count()).toBe(1);
    expect(await page.getByRole("alert").count()).toBe(0);
    // Nothing went wrong: the whole-workbook check's list stays as it was.
    expect(await findingItems(page).count()).toBe(before);
    expect(await axe(page)).toEqual([]);
    await shot(page, "taskpane-350-failed.png");
  });

  it("filters by severity, folds a group, draws a visible focus ring, and breaks Korean between words", async () => {
    const p = await openPane();
    await run(p, "전체 검사");
    const all = paneOrder(e2eGrids());
    const errors = all.filter((f) => f.severity === "error").length;
    const chips = p.getByRole("group", { name: "심각도별로 보기" }).getByRole("button");
    expect(await chips.allTextContents()).toEqual(
      (["error", "warning", "info"] as const).filter((s) => all.some((f) => f.severity === s)).map((s) => `${SEVERITY_LABELS[s]} ${all.filter((f) => f.severity === s).length}건`),
    );
    await chips.first().click();
    await expect.poll(() => findingItems(p).count()).toBe(all.length - errors);
    expect((await findingItems(p).allTextContents()).some((t) => t.startsWith("오류"))).toBe(false);
    await chips.first().click();
    await expect.poll(() => findingItems(p).count()).toBe(all.length);

    // A sheet's heading folds its group away and back.
    const sheetToggle = p.getByRole("heading", { name: "시트 3-1-2" }).getByRole("button");
    await sheetToggle.click();
    expect(await sheetToggle.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => findingItems(p).filter({ visible: true }).count()).toBe(all.length - all.filter((f) => f.sheet === "3-1-2").length);
    await sheetToggle.click();
    await expect.poll(() => findingItems(p).filter({ visible: true }).count()).toBe(all.length);

    // Tab onto the first card: the ring is there by computed style, 2 px, inside the card, in the border's colour.
    await p.getByRole("heading", { level: 4 }).first().getByRole("button").focus();
    await p.keyboard.press("Tab");
    const ring = await p.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const cs = getComputedStyle(el);
      return {
        isCard: el.closest("li") !== null && /^(오류|경고|참고)/.test(el.textContent ?? ""),
        focusVisible: el.matches(":focus-visible"),
        style: cs.outlineStyle,
        width: cs.outlineWidth,
        offset: cs.outlineOffset,
        color: cs.outlineColor,
        border: cs.borderTopColor,
        background: cs.backgroundColor,
      };
    });
    expect(ring.isCard).toBe(true);
    expect(ring.focusVisible).toBe(true);
    expect(ring.style).toBe("solid");
    expect(ring.width).toBe("2px");
    expect(ring.offset).toBe("-2px");
    expect(ring.color).toBe(ring.border);
    expect(ring.color).not.toBe(ring.background);
    expect(ring.color).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
    await shot(p, "taskpane-350-focus.png");

    // Korean breaks between words: keep-all on the cards' text (and the pane).
    const breaks = await findingItems(p).first().evaluate((el) => [getComputedStyle(el).wordBreak, getComputedStyle(el.querySelector("span:nth-child(2)")!).wordBreak]);
    expect(breaks).toEqual(["keep-all", "keep-all"]);
    expect(await p.locator("main").evaluate((el) => getComputedStyle(el).wordBreak)).toBe("keep-all");
    expect(await axe(p)).toEqual([]);
    await p.close();
  });

  it("relays what an older Excel (ExcelApi 1.7) could not do", async () => {
    const expected = await createPledgeChecker(new MemoryExcel(workbookFromGrids(e2eGrids()), { api: "1.7" })).checkAll({});
    expect(expected.notices.length).toBeGreaterThan(0);
    const old = await openPane("?api=1.7");
    await run(old, "전체 검사");
    for (const notice of expected.notices) expect(await old.getByText(notice, { exact: true }).count()).toBe(1);
    await expect.poll(() => findingItems(old).count()).toBe(expected.result.sheets.flatMap((s) => s.findings).length);
    await shot(old, "taskpane-350-api17.png");
    const first = await findingItems(old).first().boundingBox();
    // Even under the two notices an older Excel brings, the first error is on screen.
    expect(await findingItems(old).first().textContent()).toMatch(/^오류/);
    expect(first!.y + first!.height).toBeLessThanOrEqual(PANE.height);
    await old.close();
  });

  it("예외로 두기 asks for a reason, moves the finding to the 예외 group with a neutral flag; 예외 취소 brings it back; a changed cell lapses it", async () => {
    const p = await openPane();
    await run(p, "전체 검사");
    const all = paneOrder(e2eGrids());
    const errors = all.filter((f) => f.severity === "error").length;
    // The mistakes card's running-total error at 3-1-2!F7 (25(54)).
    const f7 = all.find((f) => f.sheet === "3-1-2" && f.cell === "F7" && f.code === "ACTUAL_CUMULATIVE_MISMATCH")!;
    const openItem = () => p.getByRole("list", { name: /^3-1-2 .*검토 결과$/ }).getByRole("listitem").filter({ hasText: f7.message });
    const acceptedItem = () => p.getByRole("list", { name: /^예외 3-1-2 .*검토 결과$/ }).getByRole("listitem").filter({ hasText: f7.message });
    const chips = p.getByRole("group", { name: "심각도별로 보기" });
    const excel = (fn: string, ...args: string[]) =>
      p.evaluate(([name, sheet, cell]) => {
        const wb = (window as unknown as Window).__memoryExcel.workbook as unknown as Record<string, (s: string, c: string) => unknown>;
        const out = wb[name](sheet, cell) as { color?: string } | string | null;
        return typeof out === "object" && out !== null ? (out.color ?? null) : out;
      }, [fn, ...args]);

    // No reason: a Korean message, nothing written.
    await openItem().getByRole("button", { name: "예외로 두기", exact: true }).click();
    await openItem().getByRole("button", { name: "예외로 두기 확인" }).click();
    await expect.poll(() => openItem().getByText("예외로 두는 사유를 적어 주세요. 사유가 없으면 예외로 둘 수 없습니다.").count()).toBe(1);
    expect(await p.evaluate(() => (window as unknown as Window).__memoryExcel.workbook.sheetNames())).not.toContain("점검 예외");
    expect(await axe(p)).toEqual([]);

    await openItem().getByRole("textbox").fill("2024년 실적 정정 승인");
    await openItem().getByRole("button", { name: "예외로 두기 확인" }).click();
    await p.getByRole("region", { name: "예외로 둔 결과 1건" }).waitFor();
    await p.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false");
    expect(await chips.getByRole("button", { name: "예외 1건" }).count()).toBe(1);
    expect(await chips.getByRole("button", { name: `오류 ${errors - 1}건` }).count()).toBe(1);
    expect(await openItem().count()).toBe(0);
    expect(await acceptedItem().getByText(/^예외 · 사유: 2024년 실적 정정 승인/).count()).toBe(1);
    // The row in 점검 예외 (값 is F7 as it read), the cell's flag neutral with the reason in its note.
    expect(await excel("value", "점검 예외", "D2")).toBe("2024년 실적 정정 승인");
    expect(await excel("value", "점검 예외", "E2")).toBe("25(54)");
    expect(await excel("fill", "3-1-2", "F7")).toBe(ACCEPTED_COLOR);
    expect(await excel("note", "3-1-2", "F7")).toContain("예외 사유: 2024년 실적 정정 승인");
    await shot(p, "taskpane-350-accepted.png", true);
    expect(await axe(p)).toEqual([]);

    await acceptedItem().getByRole("button", { name: "예외 취소" }).click();
    await expect.poll(() => p.getByRole("region", { name: /^예외로 둔 결과/ }).count()).toBe(0);
    await expect.poll(() => openItem().count()).toBe(1);
    expect(await chips.getByRole("button", { name: /^예외/ }).count()).toBe(0);
    expect(await chips.getByRole("button", { name: `오류 ${errors}건` }).count()).toBe(1);
    expect(await excel("value", "점검 예외", "D2")).toBe(""); // emptied, as Excel reads an empty cell
    expect(await excel("fill", "3-1-2", "F7")).toBe(FLAG_COLORS.error);

    // Accepted again, then F7 is edited to 25(56), still wrong (30 + 25 = 55): the acceptance
    // lapses and the card says why.
    await openItem().getByRole("button", { name: "예외로 두기", exact: true }).click();
    await openItem().getByRole("textbox").fill("도 기준");
    await openItem().getByRole("button", { name: "예외로 두기 확인" }).click();
    await p.getByRole("region", { name: "예외로 둔 결과 1건" }).waitFor();
    await p.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false");
    await p.evaluate(() => (window as unknown as Window).__memoryExcel.workbook.setValue("3-1-2", "F7", "25(56)"));
    await run(p, "전체 검사");
    const lapsed = p.getByRole("list", { name: /^3-1-2 .*검토 결과$/ }).getByRole("listitem").filter({ hasText: "F7" });
    await expect.poll(() => lapsed.getByText("예외로 둔 뒤 셀 내용이 바뀌어(예외 당시 '25(54)') 예외가 풀렸습니다. 다시 확인하세요.").count()).toBe(1);
    expect(await p.getByRole("region", { name: /^예외로 둔 결과/ }).count()).toBe(0);
    expect(await axe(p)).toEqual([]);
    await p.close();
  });

  it("이전 제출본과 비교 reads the chosen .xlsx in the pane (its reader fetched only then) and lists the changes, errors first", async () => {
    // The earlier submission: the same workbook, but 6-3-3's 2025 actual read 19(47) (28 + 19)
    // where it now reads 17(45) (28 + 17): the latest cumulative went down 47 → 45, an error
    // (CUMULATIVE_DECREASED) on that cell; every sheet keeps its as-of date (AS_OF_NOT_LATER,
    // warnings), and the 2025 actual after the earlier as-of date is only 참고 (NEW_ACTUAL).
    const earlierGrids = e2eGrids();
    const card = earlierGrids.find((g) => g.name === "6-3-3")!;
    const row = card.values.findIndex((r) => r.includes("17(45)"));
    const col = card.values[row].indexOf("17(45)");
    card.values[row][col] = "19(47)";
    const cell = toA1(row + (card.originRow ?? 0), col + (card.originCol ?? 0));
    const { dir, cleanup } = await tempFolder();
    const buffer = await readFile(await writeGrids(join(dir, "이전.xlsx"), earlierGrids));
    await cleanup();
    const expected = compareWorkbooks(checkWorkbook(earlierGrids), checkWorkbook(e2eGrids()));

    const p = await openPane();
    const scripts: string[] = [];
    p.on("request", (r) => {
      if (r.url().endsWith(".js")) scripts.push(new URL(r.url()).pathname);
    });
    const compare = p.getByRole("button", { name: "이전 제출본과 비교" });
    expect(await compare.isDisabled()).toBe(true);
    expect(await p.getByText("먼저 전체 검사를 실행하세요.").count()).toBe(1);
    await run(p, "전체 검사");
    expect(await compare.isEnabled()).toBe(true);
    expect(scripts.filter((s) => /xlsx-reader/.test(s))).toEqual([]);

    await p.locator('input[type="file"]').setInputFiles({ name: "이전.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
    const changes = p.getByRole("list", { name: "이전 제출본과 달라진 점" }).getByRole("listitem");
    await expect.poll(() => changes.count(), { timeout: 20_000 }).toBe(expected.length);
    // The one .xlsx reader (fflate + saxes) is fetched only now; exceljs never reaches the pane.
    expect(scripts.some((s) => /xlsx-reader/.test(s))).toBe(true);
    expect(scripts.filter((s) => /exceljs/.test(s))).toEqual([]);
    const texts = await changes.allTextContents();
    expect(texts[0]).toMatch(new RegExp(`^오류 6-3-3!${cell}`));
    expect(texts[0]).toContain("이전 47 → 현재 45");
    expect(texts.at(-1)).toMatch(/^참고 6-3-3!/);
    expect(texts.some((t) => t.startsWith("경고"))).toBe(true);
    const rank = (t: string) => ["오류", "경고", "참고"].findIndex((l) => t.startsWith(l));
    expect(texts.map(rank)).toEqual([...texts.map(rank)].sort((a, b) => a - b));

    // A change's cell is one click away.
    await changes.first().getByRole("button").click();
    await expect
      .poll(() =>
        p.evaluate(() => {
          const wb = (window as unknown as Window).__memoryExcel.workbook;
          const sel = wb.selection;
          return sel ? { sheet: wb.sheetById(sel.sheetId)?.name, row: sel.rect.top, col: sel.rect.left } : null;
        }),
      )
      .toEqual({ sheet: "6-3-3", row: row + (card.originRow ?? 0), col: col + (card.originCol ?? 0) });
    await shot(p, "taskpane-350-compare.png", true);
    expect(await axe(p)).toEqual([]);

    // Not a workbook: a Korean message, not a crash.
    await p.locator('input[type="file"]').setInputFiles({ name: "이전.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") });
    await expect.poll(() => p.getByRole("alert").filter({ hasText: "이전 제출본을 읽을 수 없습니다." }).count()).toBe(1);
    await p.close();
  });

  it("raised no page errors, no dialogs, and made no request off this machine", () => {
    expect(problems).toEqual([]);
    expect(offMachine).toEqual([]);
  });

  it("fits the preview at pane width: the pane takes the page, the grid below it", async () => {
    const p = await browser.newPage({ viewport: PANE });
    p.on("pageerror", (e) => problems.push(`preview pageerror: ${e.message}`));
    await p.goto(`${server.url}preview.html`);
    await run(p, "전체 검사");
    const pane = await p.getByRole("complementary", { name: "작업 창" }).boundingBox();
    const grid = await p.getByRole("region", { name: "샘플 통합 문서" }).boundingBox();
    expect(pane!.x).toBe(0);
    expect(pane!.width).toBe(PANE.width);
    expect(grid!.y).toBeGreaterThanOrEqual(pane!.y + pane!.height);
    // Nothing in the pane is wider than the page.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
    const first = await findingItems(p).first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(PANE.height);
    await shot(p, "preview-350.png");
    await p.close();
  });

  it("runs the preview page over the sample workbook", async () => {
    const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    p.on("pageerror", (e) => problems.push(`preview pageerror: ${e.message}`));
    await p.goto(`${server.url}preview.html`);
    await p.getByRole("tab", { name: "3-1-2" }).click();
    await run(p, "전체 검사");
    const fill = await p.locator('td[data-cell="F7"]').evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(fill).toBe("rgb(255, 199, 206)"); // the error colour, #FFC7CE
    await run(p, "이행률 채우기");
    await expect(p.locator('td[data-cell="I10"]').textContent()).resolves.toBe("74");
    mkdirSync(ARTIFACTS, { recursive: true });
    await p.screenshot({ path: join(ARTIFACTS, "preview-e2e.png") });
    expect(problems).toEqual([]);
  });
});
