// End to end: dist/pledge-check.html opened from file:// in Chromium, every request other
// than the page itself refused and counted (it must stay 0). Reviewer flow on the fixtures,
// a generated card and a corrupt file (totals, JSON and the copies equal the command line's);
// staff flow (empty 0% rate cells, 이행률 채우기, 오류 0건, the download re-checked by the
// command line); the page at 1280 px and 400 px, screenshots for test-artifacts/ and docs/images/.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { chromium, type Browser, type Download, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/core";
import { main } from "../../src/cli/main";
import { gridsFromPackage } from "../../src/xlsx";
import { cardGrid, sampleDepartmentCards } from "../../src/sample/cards";
import { writeGrids, type SheetSpec } from "../support/xlsx";
import { buildStandalone } from "./buildStandalone";

const CHROMIUM = "/usr/bin/chromium";
const root = resolve(__dirname, "../..");
const ARTIFACTS = resolve(root, "test-artifacts");
const DOCS = resolve(root, "docs/images");
const FIXTURES = resolve(root, "test/fixtures/workbooks");
const hasChromium = existsSync(CHROMIUM);

/** The command line, in process: its exit code and what it printed. */
async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await main(argv, { stdout: { write: (text: string) => (out += text) }, stderr: { write: () => true } });
  return { code, out };
}

const tally = (text: string) => text.split("\n").find((line) => line.startsWith("합계:"));

/**
 * A department workbook whose rate cells are empty and formatted 0% (as staff get it), from
 * the sample cards without 3-1-2 (its deliberate 누계 error is not one 이행률 채우기 fixes).
 */
async function unfilledWorkbook(path: string): Promise<void> {
  const grids = sampleDepartmentCards().map(cardGrid).filter((grid) => grid.name !== "3-1-2");
  const result = checkWorkbook(grids);
  const specs: SheetSpec[] = grids.map((grid) => {
    const sheet = result.sheets.find((s) => s.name === grid.name)!;
    const cells = sheet.pledges.flatMap((p) => [p.rateCell, ...p.indicators.map((i) => i.rateCell)]).filter((c): c is string => c !== null);
    const values = grid.values.map((row) => [...(row ?? [])]);
    const spec: SheetSpec = { grid: { ...grid, values }, cells: {} };
    for (const cell of cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      if (values[Number(m[2]) - 1]) values[Number(m[2]) - 1][col] = null;
      spec.cells![cell] = { numFmt: "0%" };
    }
    return spec;
  });
  await writeGrids(path, specs);
}

/** Every sheet's stored values, to hold a copy written by the page to the one --fix wrote. */
async function contents(bytes: Uint8Array): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const grids = gridsFromPackage(bytes).grids;
  return workbook.worksheets.map((sheet, i) => {
    const grid = grids[i];
    const notes: Record<string, string> = {};
    sheet.eachRow((row) => row.eachCell((cell) => void (cell.note ? (notes[cell.address] = JSON.stringify(cell.note)) : null)));
    return { name: sheet.name, values: grid.values, formats: grid.formats, notes };
  });
}

describe.skipIf(!hasChromium)("the standalone page from file:// in Chromium", () => {
  let outDir: string;
  let work: string;
  let pageUrl: string;
  let browser: Browser;
  const refused: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "pledge-check-standalone-"));
    work = join(outDir, "work");
    mkdirSync(join(work, "in"), { recursive: true });
    // PLEDGE_CHECK_PAGE=dist/pledge-check.html tries a page already built (and its .cjs beside it).
    const built = process.env.PLEDGE_CHECK_PAGE;
    if (built) for (const name of ["pledge-check.html", "pledge-check.cjs"]) copyFileSync(join(resolve(built, ".."), name), join(outDir, name));
    else await buildStandalone(outDir);
    pageUrl = `file://${join(outDir, "pledge-check.html")}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  async function openPage(width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
    // Every request but the page itself is refused and counted: the page must make none.
    await context.route("**/*", (route) => {
      if (route.request().url() === pageUrl) return route.continue();
      refused.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => void (message.type() === "error" && problems.push(`console: ${message.text()}`)));
    await page.goto(pageUrl);
    await page.getByRole("heading", { name: "공약 점검", level: 1 }).waitFor();
    return page;
  }

  async function saved(page: Page, button: string): Promise<Buffer> {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    return readFileSync((await (download as Download).path())!);
  }

  it("is one file whose CSP allows no connection, and says so in Korean", () => {
    const html = readFileSync(join(outDir, "pledge-check.html"), "utf8");
    expect(readdirSync(outDir).filter((name) => name.startsWith("pledge-check.") && name.endsWith(".js"))).toEqual([]);
    const tags = html.replace(/<script>[\s\S]*?<\/script>/g, "<script></script>");
    expect(tags).not.toMatch(/<script[^>]+src=/);
    expect(tags).not.toMatch(/<link\b|\bsrc=|\bhref=/);
    expect(html.length).toBeGreaterThan(100_000);
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/connect-src|https?:/);
  });

  it("reviewer flow: the totals, the JSON and the copies are the command line's", async () => {
    const input = join(work, "in");
    for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(input, name));
    await unfilledWorkbook(join(input, "미입력 부서.xlsx"));
    writeFileSync(join(input, "손상된 파일.xlsx"), Buffer.from("PK\u0003\u0004 not really a zip"));
    const expected = await cli("check", input);
    const expectedJson = JSON.parse((await cli("check", input, "--json")).out) as { files: { path: string }[]; summary: unknown };
    const fixOut = join(work, "out");
    await cli("check", input, "--fix", "--out", fixOut);

    const page = await openPage(1280);
    // The files in the command line's order (a folder's, by name), so the sums add up alike.
    const names = expectedJson.files.map((f) => f.path.split("/").pop()!);
    await page.locator('input[type=file][multiple]').setInputFiles(names.map((name) => join(input, name)));
    const totals = page.getByTestId("totals");
    await expect.poll(() => totals.textContent(), { timeout: 120_000 }).toBe(tally(expected.out));
    expect(tally(expected.out)).toContain("읽지 못한 파일 1개");
    // Attention first: the unreadable file heads the table, with its own Korean reason.
    const first = page.getByRole("table", { name: "파일별 점검 결과" }).locator("tbody tr").first();
    expect(await first.textContent()).toContain("손상된 파일.xlsx");
    expect(await first.textContent()).toContain("읽을 수 없음: xlsx 파일이 손상되었거나");
    expect(await page.getByRole("table", { name: "파일별 점검 결과" }).locator("tbody tr").count()).toBe(names.length);
    // The 요약 block is the command line's, line for line.
    const summary = await page.getByRole("region", { name: "요약" }).textContent();
    const cliSummary = expected.out.slice(expected.out.indexOf("■ 요약"), expected.out.indexOf("\n\n합계"));
    expect(summary).toBe(cliSummary);
    await page.screenshot({ path: join(ARTIFACTS, "standalone-1280.png"), fullPage: true });
    await page.screenshot({ path: join(DOCS, "page-reviewer.png"), fullPage: true });

    const json = JSON.parse((await saved(page, "결과 JSON")).toString("utf8")) as typeof expectedJson;
    expect(json.summary).toEqual(expectedJson.summary);
    const byName = (doc: typeof json) => Object.fromEntries(doc.files.map((f) => [f.path.split("/").pop(), { ...f, path: null }]));
    expect(byName(json)).toEqual(byName(expectedJson));

    const csv = (await saved(page, "결과 CSV")).toString("utf8");
    expect(csv.startsWith("\uFEFF파일,시트,셀,구분")).toBe(true);

    // The .zip holds what --fix --out wrote: one checked copy per readable file, and 요약.xlsx.
    const zip = unzipSync(new Uint8Array(await saved(page, "검토 사본 모두 내려받기(.zip)")));
    const written = readdirSync(fixOut).sort();
    expect(Object.keys(zip).sort()).toEqual(written);
    for (const name of written) expect(await contents(zip[name]), name).toEqual(await contents(readFileSync(join(fixOut, name))));

    // A 공약 목록 and a settings file: the 요약 is the command line's with --roster and --config.
    const roster = await writeGrids(join(work, "공약목록.xlsx"), [
      {
        name: "공약 목록",
        values: [
          ["번호", "공약명", "부서"],
          ["6-3-3", "16개 공공기관과 상생 자매결연 활성화", "미래전략과"],
          ["2-1-1", "교통 개선", "교통과"],
        ],
        merges: [],
      },
    ]);
    const config = join(work, "설정.json");
    writeFileSync(config, JSON.stringify({ completeStatuses: ["완료 종결"], summaryPrecision: 1 }));
    const configured = await cli("check", input, "--roster", roster, "--config", config);
    expect(configured.out).toContain("공약 목록 대조");
    await page.getByLabel("공약 목록 파일").setInputFiles(roster);
    await page.getByLabel("설정 파일").setInputFiles(config);
    const block = configured.out.slice(configured.out.indexOf("■ 요약"), configured.out.indexOf("\n\n합계"));
    await expect.poll(() => page.getByRole("region", { name: "요약" }).textContent(), { timeout: 60_000 }).toBe(block);
    expect(await totals.textContent()).toBe(tally(configured.out));

    // A row opens its findings.
    await page.getByRole("cell", { name: "미입력 부서.xlsx" }).click();
    await page.getByRole("region", { name: "미입력 부서.xlsx의 점검 결과" }).waitFor();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, "standalone-400.png"), fullPage: true });
    await page.screenshot({ path: join(DOCS, "page-narrow.png"), fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(400);
    await page.context().close();
  }, 300_000);

  it("staff flow: 이행률 채우기 on empty 0% rate cells, then 오류 0건, and the download re-checks clean", async () => {
    const path = join(work, "미입력 부서.xlsx");
    await unfilledWorkbook(path);
    const before = await cli("check", path);
    // Six empty rate cells (two cards × two indicators and the pledge), each a warning.
    expect(tally(before.out)).toBe("합계: 파일 1개, 공약 2개, 오류 0건, 경고 6건, 참고 2건");
    const page = await openPage(1280);
    await page.locator('input[type=file][multiple]').setInputFiles(path);
    await page.getByRole("cell", { name: "미입력 부서.xlsx" }).click();
    await page.getByRole("button", { name: "이 통합 문서 열기(작업 창)" }).click();
    const pane = page.getByRole("complementary", { name: "작업 창" });
    await pane.getByRole("button", { name: "전체 검사", exact: true }).click();
    await pane.getByRole("button", { name: "이행률 채우기", exact: true }).click();
    await page.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false");
    await pane.getByRole("button", { name: "전체 검사", exact: true }).click();
    await page.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false");
    await expect.poll(() => page.getByTestId("totals").textContent(), { timeout: 60_000 }).toBe("합계: 파일 1개, 공약 2개, 오류 0건, 경고 0건, 참고 2건");
    await page.screenshot({ path: join(ARTIFACTS, "standalone-staff.png") });
    await page.screenshot({ path: join(DOCS, "page-staff.png") });
    const bytes = await saved(page, "내려받기");
    const again = join(work, "내려받은 파일.xlsx");
    writeFileSync(again, bytes);
    const after = await cli("check", again, "--json");
    const doc = JSON.parse(after.out) as { files: { sheets: { pledges: { rate: number; reportedRate: unknown }[]; findings: { severity: string }[] }[] }[] };
    const sheets = doc.files[0].sheets;
    expect(sheets.flatMap((s) => s.findings).filter((f) => f.severity !== "info")).toEqual([]);
    for (const pledge of sheets.flatMap((s) => s.pledges)) expect(pledge.reportedRate).not.toBeNull();
    await page.context().close();
  }, 300_000);

  it("dist/pledge-check.cjs checks a folder where nothing is installed, as the command line does", async () => {
    const alone = mkdtempSync(join(tmpdir(), "pledge-check-cjs-"));
    try {
      copyFileSync(join(outDir, "pledge-check.cjs"), join(alone, "pledge-check.cjs"));
      const folder = join(alone, "제출");
      mkdirSync(folder);
      for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(folder, name));
      const run = spawnSync(process.execPath, ["pledge-check.cjs", "check", folder], { cwd: alone, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
      expect(existsSync(join(alone, "node_modules"))).toBe(false);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe((await cli("check", folder)).out);
      expect(run.status).toBe(0);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it("makes no request and throws nothing", () => {
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
  });
});
