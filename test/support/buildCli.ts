// Vitest global setup: the tests that spawn bin/pledge-check.js run the compiled command line
// in build/, so recompile it when a source under src/cli or src/core is newer than the build.
// `prepare` compiles it at install; this only keeps a developer's edits from testing a stale build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
/** Written after each build this setup runs (tsc --incremental leaves unchanged outputs alone). */
const STAMP = join(root, "build", ".built");
const BUILT = join(root, "build", "cli", "main.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function isStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : statSync(BUILT).mtimeMs;
  const sources = Math.max(newestSource(join(root, "src", "cli")), newestSource(join(root, "src", "core")), statSync(join(root, "tsconfig.cli.json")).mtimeMs);
  return sources > built;
}

export default function setup(): void {
  if (!isStale()) return;
  const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.cli.json")], { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`npm run build:cli failed:\n${run.stdout}${run.stderr}`);
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
