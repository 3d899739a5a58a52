// End to end: the built task pane in Chromium over the in-memory Excel. Builds with the
// project's webpack config, serves the output on 127.0.0.1, injects the fake Excel before
// the page loads, stubs office.js, and allows no request off this machine.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkWorkbook, parseA1, planFlags, planRateWrites, SEVERITY_LABELS, summarize, summaryRows, SUMMARY_MARKER } from "../../src/core";
import type { CellWrite, Flag } from "../../src/core/types";
import { createPledgeChecker } from "../../src/excel";
import { MemoryExcel, workbookFromGrids } from "../../src/memory-excel";
import { buildAddin } from "./buildAddin";
import { e2eGrids, HOSTILE, HOSTILE_SHEET } from "./e2eWorkbook";
import { serveStatic } from "./staticServer";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = resolve(__dirname, "../../test-artifacts");
const hasChromium = existsSync(CHROMIUM);
// In CI a missing browser is a broken run, not a skip; on a developer's machine it stays a skip.
const inCi = ["true", "1"].includes((process.env.CI ?? "").toLowerCase());
if (!hasChromium && inCi) throw new Error(`e2e cannot run: ${CHROMIUM} is missing in CI (apt-get install chromium)`);
if (!hasChromium) console.warn(`e2e skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

type Window = { __memoryExcel: MemoryExcel };

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

  async function openPane(query = ""): Promise<Page> {
    const p = await browser.newPage({ viewport: { width: 420, height: 1400 } });
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

  const findingItems = (p: Page) =>
    p.getByRole("button").filter({ hasText: new RegExp(`^(${Object.values(SEVERITY_LABELS).join("|")})`) });

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

    await run(page, "전체 검사");
    await expect.poll(() => findingItems(page).count()).toBe(findings.length);
    for (const f of findings) {
      await expect(findingItems(page).filter({ hasText: f.message }).filter({ hasText: f.cell }).count()).resolves.toBeGreaterThan(0);
    }
    const flaggedText = await page.getByText(/셀 \d+개에 표시했습니다/).textContent();
    expect(flaggedText).toContain(`셀 ${flags.length}개에 표시했습니다`);

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

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-e2e.png"), fullPage: true });
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

  it("clears its flags and puts the cells back", async () => {
    await run(page, "표시 지우기");
    await expect(page.getByText(/표시 \d+개를 지우고 원래대로 돌렸습니다/).count()).resolves.toBe(1);
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
  });

  it("relays what an older Excel (ExcelApi 1.7) could not do", async () => {
    const expected = await createPledgeChecker(new MemoryExcel(workbookFromGrids(e2eGrids()), { api: "1.7" })).checkAll({});
    expect(expected.notices.length).toBeGreaterThan(0);
    const old = await openPane("?api=1.7");
    await run(old, "전체 검사");
    for (const notice of expected.notices) expect(await old.getByText(notice, { exact: true }).count()).toBe(1);
    await expect.poll(() => findingItems(old).count()).toBe(expected.result.sheets.flatMap((s) => s.findings).length);
    await old.close();
  });

  it("raised no page errors, no dialogs, and made no request off this machine", () => {
    expect(problems).toEqual([]);
    expect(offMachine).toEqual([]);
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
