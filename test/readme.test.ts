import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { FINDING_CODES } from "../src/core";

const readme = readFileSync(resolve(__dirname, "../README.md"), "utf8");
const ci = readFileSync(resolve(__dirname, "../.ci/run"), "utf8");

describe("README", () => {
  it("documents every finding code with its severity", () => {
    for (const [code, { severity }] of Object.entries(FINDING_CODES)) {
      expect(readme, code).toMatch(new RegExp(`\\| \`${code}\` \\| ${severity} \\|`));
    }
  });

  it("lists exactly the catalogue's codes in the findings table", () => {
    const table = readme.slice(readme.indexOf("| code | severity | message (example) |"));
    const rows = [...table.matchAll(/^\| `([A-Z_]+)` \| (error|warning|info) \|/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual(Object.keys(FINDING_CODES).sort());
  });

  it("documents every --config key", () => {
    for (const key of ["completeStatuses", "summaryPrecision", "labels.target", "labels.actual"]) expect(readme).toContain(`| \`${key}\` |`);
  });

  it("names the test command that CI runs", () => {
    expect(readme).toContain("npm test ");
    expect(ci.trim().split("\n").at(-1)).toBe("npm test");
  });
});
