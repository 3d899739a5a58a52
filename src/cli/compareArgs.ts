// The grammar of `compare <이전.xlsx> <현재.xlsx> [--json] [--fix --out DIR]`, parsed with
// node:util's parseArgs (strict); a refusal is one Korean line (optionProblem).
import { parseArgs } from "node:util";
import { optionProblem, type OptionSpec } from "./optionProblem";

export interface CompareArgs {
  before: string;
  after: string;
  json: boolean;
  /** Folder for the flagged copy of the current workbook; null without --fix. */
  fixOut: string | null;
}

export const COMPARE_USAGE = [
  "사용법: pledge-check compare <이전.xlsx> <현재.xlsx> [--json] [--fix --out 폴더]",
  "",
  "  이전 제출본과 현재 제출본을 공약번호·지표명으로 맞춰 비교하고, 바뀐 목표·실적·이행률·추진상황을 알려 줍니다.",
  "  --json               바뀐 점을 JSON 하나로 출력합니다.",
  "  --fix --out 폴더     바뀐 셀에 색과 메모(이전 제출: … → 현재: …)를 단 현재 파일의 사본을 그 폴더에 씁니다.",
  "",
  "종료 코드: 0 경고·오류 없음 · 1 경고나 오류 있음 · 2 읽을 수 없는 파일이나 잘못된 사용법",
].join("\n");

export type ParsedCompare = { kind: "compare"; args: CompareArgs } | { kind: "help" } | { kind: "usage"; problem: string };

const COMPARE_OPTIONS = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  fix: { type: "boolean" },
  out: { type: "string" },
} as const satisfies Record<string, OptionSpec>;

export function parseCompareArgs(argv: string[]): ParsedCompare {
  let values;
  let paths: string[];
  try {
    ({ values, positionals: paths } = parseArgs({ args: argv, options: COMPARE_OPTIONS, allowPositionals: true, strict: true }));
  } catch {
    return { kind: "usage", problem: optionProblem(argv, COMPARE_OPTIONS, { out: "--out 뒤에 사본을 쓸 폴더를 적어 주세요." }) };
  }
  if (values.help) return { kind: "help" };
  const out = values.out || null;
  if (values.out === "") return { kind: "usage", problem: "--out 뒤에 사본을 쓸 폴더를 적어 주세요." };
  if (paths.length !== 2) return { kind: "usage", problem: "compare에는 이전 파일과 현재 파일, 두 개를 적어 주세요." };
  if (values.fix && !out) return { kind: "usage", problem: "--fix에는 사본을 쓸 폴더 --out 이 필요합니다." };
  if (out && !values.fix) return { kind: "usage", problem: "--out은 --fix와 함께 씁니다." };
  return { kind: "compare", args: { before: paths[0], after: paths[1], json: values.json === true, fixOut: out } };
}
