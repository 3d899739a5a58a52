// The Excel classes of the office.js copy on npm (@microsoft/office-js), evaluated in a vm
// sandbox: excel-web-16.00.js is the file office.js loads for Excel on the web and
// defines every Excel.* proxy class with its members on the prototype.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import vm from "node:vm";

const require = createRequire(__filename);

export type ExcelNamespace = Record<string, { prototype?: object } | undefined>;

export function npmOfficeJsDist(): string {
  return join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
}

/** Evaluates one Excel host file of the npm copy and returns its `Excel` namespace. */
export function loadNpmExcel(file = "excel-web-16.00.js"): ExcelNamespace {
  const source = readFileSync(join(npmOfficeJsDist(), file), "utf8");
  const sandbox: Record<string, unknown> = { console: { log() {}, warn() {}, error() {} }, setTimeout, clearTimeout, Promise };
  Object.assign(sandbox, {
    window: sandbox,
    self: sandbox,
    navigator: { userAgent: "node" },
    document: { createElement: () => ({}), getElementsByTagName: () => [], addEventListener() {}, readyState: "complete" },
    location: { href: "https://localhost/", search: "", hash: "" },
    addEventListener() {},
    Office: {},
    OSF: {},
  });
  vm.createContext(sandbox);
  vm.runInContext(source, sandbox, { timeout: 60_000 });
  const excel = sandbox.Excel as ExcelNamespace | undefined;
  if (!excel) throw new Error(`${file} defined no Excel namespace`);
  return excel;
}

/** `member in Excel[type].prototype` for that library. */
export function libraryMembers(excel: ExcelNamespace): (type: string, member: string) => boolean {
  return (type, member) => {
    const proto = excel[type]?.prototype;
    return typeof proto === "object" && proto !== null && member in proto;
  };
}
