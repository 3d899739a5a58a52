// The e2e page bundles the fake for the browser: nothing reachable from its index may
// import Node built-ins or exceljs (the .xlsx loader lives apart in xlsx.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]);
}

it("reaches no Node built-in and no exceljs from src/memory-excel/index.ts", () => {
  const seen = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(file)) {
      if (!spec.startsWith(".")) {
        external.add(spec);
        continue;
      }
      visit(path.resolve(path.dirname(file), spec.endsWith(".ts") ? spec : `${spec}.ts`));
    }
  };
  visit(path.resolve(__dirname, "../../src/memory-excel/index.ts"));
  expect(seen.size).toBeGreaterThan(10);
  // Packages the core itself uses are browser-safe (the pane bundles them too): es-hangul's
  // particles, reached through the core's messages. Anything else (node:*, exceljs) is not.
  const BROWSER_SAFE = new Set(["es-hangul"]);
  expect([...external].filter((spec) => !BROWSER_SAFE.has(spec))).toEqual([]);
  expect([...seen].some((f) => f.endsWith("xlsx.ts"))).toBe(false);
});
