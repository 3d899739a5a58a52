// The import boundaries of eslint.config.mjs fire: src/core may import only src/core (no
// Office, DOM-only, Node, React or adapter module), and an adapter (src/excel, src/cli) may not
// import the task pane, the other adapter or the tests. Each probe is linted with the project's
// own config under a path inside the folder it plays; type-aware rules are switched off because
// the probes are not on disk.
import { resolve } from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

/** The boundary messages for `code` linted as if it were the file at `path` (repository-relative). */
async function boundaryHits(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result.messages.filter((m) => m.ruleId === "boundary/imports").map((m) => m.message);
}

describe("src/core imports nothing outside src/core", () => {
  it.each([
    ["office.js types", `/// <reference types="office-js" />\nexport const x = 1;`],
    ["an office-js package", `import "@microsoft/office-js";`],
    ["a Node module", `import { readFileSync } from "node:fs";\nexport const f = readFileSync;`],
    ["a bare Node module", `import path from "path";\nexport const p = path;`],
    ["React", `import { useState } from "react";\nexport const u = useState;`],
    ["exceljs", `import type ExcelJS from "exceljs";\nexport type W = ExcelJS.Workbook;`],
    ["the Office adapter", `import { createPledgeChecker } from "../excel";\nexport const c = createPledgeChecker;`],
    ["the command line, through a re-export", `export { main } from "../cli/main";`],
    ["the task pane, by a dynamic import", `export const load = () => import("../taskpane/strings");`],
    ["the test folder, by require", `export const m = require("../../test/memory-excel");`],
  ])("flags %s", async (_what, code) => {
    expect(await boundaryHits("src/core/probe.ts", code)).toHaveLength(1);
  });

  it("a sub-folder of the core is still the core, however the path is spelled", async () => {
    // `../../core/types` from src/core/rules/ is src/core/types; `../../excel` is src/excel.
    const code = `import type { SheetGrid } from "../types";\nimport { x } from "../../core/types";\nimport { y } from "../../excel";\nexport type G = SheetGrid;\nexport const z = [x, y];`;
    const hits = await boundaryHits("src/core/rules/probe.ts", code);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toContain("src/excel");
  });

  it("lets the core import es-hangul, a pure package, and nothing else of the registry", async () => {
    expect(await boundaryHits("src/core/probe.ts", `import { josa } from "es-hangul";\nexport const j = josa;`)).toEqual([]);
    expect(await boundaryHits("src/core/probe.ts", `import { unzipSync } from "fflate";\nexport const u = unzipSync;`)).toHaveLength(1);
  });

  it("lets the core import itself", async () => {
    const code = `import type { SheetGrid } from "./types";\nimport { checkWorkbook } from ".";\nexport * from "./findings";\nexport type G = SheetGrid;\nexport const c = checkWorkbook;`;
    expect(await boundaryHits("src/core/probe.ts", code)).toEqual([]);
  });
});

describe("an adapter never imports the UI, the other adapter or the tests", () => {
  it.each([
    ["src/excel/probe.ts", `import { App } from "../taskpane/components/App";\nexport const a = App;`],
    ["src/excel/probe.ts", `import { createRoot } from "react-dom/client";\nexport const r = createRoot;`],
    ["src/cli/probe.ts", `import { NOT_EXCEL } from "../taskpane/strings";\nexport const s = NOT_EXCEL;`],
    ["src/cli/probe.ts", `import { Button } from "@fluentui/react-components";\nexport const b = Button;`],
    ["src/cli/probe.ts", `import { createPledgeChecker } from "../excel";\nexport const c = createPledgeChecker;`],
    ["src/excel/probe.ts", `import { main } from "../cli/main";\nexport const m = main;`],
    ["src/excel/probe.ts", `import { MemoryExcel } from "../../test/memory-excel";\nexport const m = MemoryExcel;`],
  ])("flags %s importing the UI, the other adapter or the tests", async (path, code) => {
    expect(await boundaryHits(path, code)).toHaveLength(1);
  });

  it("lets an adapter import the core and its own library", async () => {
    const code = `import ExcelJS from "exceljs";\nimport { readFile } from "node:fs/promises";\nimport { checkWorkbook } from "../core";\nexport const all = [ExcelJS, readFile, checkWorkbook];`;
    expect(await boundaryHits("src/cli/probe.ts", code)).toEqual([]);
  });

  it("leaves the task pane free to import the adapter", async () => {
    const code = `import { createPledgeChecker } from "../excel";\nimport { useState } from "react";\nexport const all = [createPledgeChecker, useState];`;
    expect(await boundaryHits("src/taskpane/probe.ts", code)).toEqual([]);
  });
});

describe("the exceljs → grid module and the task pane", () => {
  it.each([
    ["src/xlsx/probe.ts", `import { main } from "../cli/main";\nexport const m = main;`],
    ["src/xlsx/probe.ts", `import { createPledgeChecker } from "../excel";\nexport const c = createPledgeChecker;`],
    ["src/xlsx/probe.ts", `import { useState } from "react";\nexport const u = useState;`],
    ["src/taskpane/probe.ts", `import { checkFile } from "../cli/checkFile";\nexport const c = checkFile;`],
    ["src/taskpane/probe.ts", `export const load = () => import("../cli/grid");`],
  ])("flags %s reaching past its boundary", async (path, code) => {
    expect(await boundaryHits(path, code)).toHaveLength(1);
  });

  it("lets the pane take the grid module, and the module the core and exceljs's types", async () => {
    expect(await boundaryHits("src/taskpane/probe.ts", `export const load = () => import("../xlsx");`)).toEqual([]);
    const code = `import type { Worksheet } from "exceljs";\nimport { parseA1 } from "../core";\nexport type W = Worksheet;\nexport const p = parseA1;`;
    expect(await boundaryHits("src/xlsx/probe.ts", code)).toEqual([]);
  });
});
