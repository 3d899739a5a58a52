// --config FILE: reads the JSON file and hands it to the core, which decides what the
// keys mean (rulesFromConfig). Any problem is one Korean line.
import { readFile } from "node:fs/promises";
import { DEFAULT_RULES, rulesFromConfig, type Rules } from "../core";

export async function loadRules(path: string | null): Promise<{ rules: Rules } | { problem: string }> {
  if (path === null) return { rules: DEFAULT_RULES };
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return { problem: `설정 파일을 읽을 수 없습니다: ${path}` };
  }
  return rulesFromText(text, path);
}

/** The rules in a settings file's text (also the standalone page's, from the file the user picks). */
export function rulesFromText(text: string, path: string): { rules: Rules } | { problem: string } {
  let parsed: unknown;
  try {
    // A BOM (Windows Notepad) is not part of the JSON.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { problem: `설정 파일이 올바른 JSON이 아닙니다 (${path}): ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = rulesFromConfig(parsed);
  return "problem" in result ? { problem: `${result.problem} (${path})` } : result;
}
