// The command line's grammar: `check <file|folder>... [--json] [--fix --out DIR] [--precision P]`,
// `--version`, `--help`; `--` ends the options (a file may be named `-x.xlsx`). A file or
// folder first (`pledge-check 파일.xlsx`, `check` forgotten) means `check`. Parsed with
// node:util's parseArgs in strict mode; its refusals become one Korean line (optionProblem).
import { existsSync } from "node:fs";
import { parseArgs as parseOptions } from "node:util";
import type { PrecisionSetting } from "../core";
import { COMPARE_USAGE, parseCompareArgs, type CompareArgs } from "./compareArgs";
import { optionProblem, type OptionSpec } from "./optionProblem";

export interface CheckArgs {
  paths: string[];
  json: boolean;
  /** Folder for the annotated copies; null when --fix was not asked for. */
  fixOut: string | null;
  precision: PrecisionSetting;
  /** --fix-anyway: write copies even when they would lose content exceljs cannot keep. */
  fixAnyway: boolean;
  /** --recursive: folders stand for the workbooks in their subfolders too. */
  recursive: boolean;
  /** --verbose: the technical cause after each Korean message. */
  verbose: boolean;
  /** The pledge roster workbook (--roster), else null. */
  roster: string | null;
  /** JSON file with the rules a planning office may set (README "Configuration"); null for the defaults. */
  config: string | null;
}

export type ParsedArgs =
  | { kind: "check"; args: CheckArgs }
  | { kind: "compare"; args: CompareArgs }
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "usage"; problem: string };

export const USAGE = [
  "사용법: pledge-check check [옵션] <파일.xlsx | 폴더>... [--json] [--fix --out 폴더] [--precision auto|0|1|2] [--roster 파일] [--config 파일.json]",
  "       pledge-check compare <이전.xlsx> <현재.xlsx> [--json] [--fix --out 폴더]",
  "       pledge-check <파일.xlsx | 폴더>... [옵션]   (check를 줄여 쓴 것)",
  "       pledge-check --version | --help",
  "",
  "  <파일.xlsx | 폴더>   점검할 통합 문서. 폴더를 주면 그 안의 .xlsx 파일을 모두 점검합니다",
  "                       (링크도 따라가며, 같은 파일은 한 번만 점검).",
  "  --recursive, -r      하위 폴더 안의 .xlsx 파일도 점검합니다.",
  "  --json               결과와 전체 요약을 JSON 하나로 출력합니다.",
  "  --fix --out 폴더     이행률을 채우고 문제 셀에 색과 메모를 단 사본과, 모든 공약을 모은",
  "                       요약.xlsx를 그 폴더에 씁니다.",
  "                       원본 파일은 바꾸지 않으며, 원본이 있는 폴더에는 쓸 수 없습니다.",
  "  --fix-anyway         --fix와 같지만, 사본에 남길 수 없는 내용(차트, 매크로 등)이 있어도",
  "                       사본을 씁니다. 없이 쓰면 그런 파일의 사본은 쓰지 않고 알려 줍니다.",
  "  --roster 파일        공약 목록(번호 | 공약명 | 부서 [| 분야])과 대조해 미제출·목록에 없음·중복·부서 불일치를 요약에 보탭니다.",
  "  --precision 값       이행률 반올림 자릿수 (auto는 카드에 적힌 자릿수를 따름, 기본값).",
  "                       요약.xlsx의 이행률도 이 자릿수로 보입니다 (auto는 소수 둘째 자리).",
  "  --config 파일.json   완료로 셀 추진상황, 요약의 소수 자릿수, 목표·이행 행 이름을 정한 설정 파일",
  "                       (completeStatuses, summaryPrecision, labels; README의 Configuration 참고).",
  "  --verbose            오류 메시지 뒤에 기술적인 원인(영문)도 보여 줍니다.",
  "  --version            버전을 보여 줍니다.",
  "  --                   이후의 인자는 모두 파일 이름입니다 ('-'로 시작하는 파일 이름용).",
  "",
  "종료 코드: 0 오류 없음 · 1 오류 발견 · 2 읽을 수 없는 파일이나 잘못된 사용법 (또는 쓰지 못한 사본)",
  "           ('점검 예외' 시트에 사유와 함께 적어 둔 오류는 세지 않습니다.)",
  "",
  COMPARE_USAGE,
].join("\n");

const PRECISIONS: Record<string, PrecisionSetting> = { auto: "auto", "0": 0, "1": 1, "2": 2 };

const CHECK_OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  json: { type: "boolean" },
  verbose: { type: "boolean" },
  recursive: { type: "boolean", short: "r" },
  fix: { type: "boolean" },
  "fix-anyway": { type: "boolean" },
  out: { type: "string" },
  precision: { type: "string" },
  roster: { type: "string" },
  config: { type: "string" },
} as const satisfies Record<string, OptionSpec>;

/** What to say when a string option comes without its value. */
const MISSING_VALUE: Record<string, string> = {
  out: "--out 뒤에 사본을 쓸 폴더를 적어 주세요.",
  roster: "--roster 뒤에 공약 목록 파일을 적어 주세요.",
  config: "--config 뒤에 설정 파일(JSON)을 적어 주세요.",
  precision: "--precision 값은 auto, 0, 1, 2 중 하나여야 합니다.",
};

/** Whether the first argument names a file or folder (so `check` was left out). */
function namesInput(arg: string): boolean {
  return /\.xlsx$/i.test(arg) || existsSync(arg);
}

export function parseArgs(argv: string[], isInput: (arg: string) => boolean = namesInput): ParsedArgs {
  if (argv.length === 0) return usage("명령이 없습니다.");
  if (argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") return { kind: "help" };
  if (argv[0] === "--version" || argv[0] === "-V" || argv[0] === "version") return { kind: "version" };
  if (argv[0] === "compare") return parseCompareArgs(argv.slice(1));
  if (argv[0] !== "check" && (argv[0].startsWith("-") || !isInput(argv[0]))) return usage(`알 수 없는 명령입니다: ${argv[0]}`);
  const rest = argv[0] === "check" ? argv.slice(1) : argv;
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseOptions({ args: rest, options: CHECK_OPTIONS, allowPositionals: true, strict: true }));
  } catch {
    return usage(optionProblem(rest, CHECK_OPTIONS, MISSING_VALUE));
  }
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const precision = values.precision ?? "auto";
  if (!(precision in PRECISIONS)) return usage(MISSING_VALUE.precision);
  for (const name of ["out", "roster", "config"] as const) if (values[name] === "") return usage(MISSING_VALUE[name]);
  const fix = values.fix === true || values["fix-anyway"] === true;
  const out = values.out ?? null;
  if (positionals.length === 0) return usage("점검할 파일이나 폴더를 적어 주세요.");
  if (fix && !out) return usage("--fix에는 사본을 쓸 폴더 --out 이 필요합니다.");
  if (out && !fix) return usage("--out은 --fix와 함께 씁니다.");
  return {
    kind: "check",
    args: {
      paths: positionals,
      json: values.json === true,
      fixOut: out,
      precision: PRECISIONS[precision],
      fixAnyway: values["fix-anyway"] === true,
      recursive: values.recursive === true,
      verbose: values.verbose === true,
      roster: values.roster ?? null,
      config: values.config ?? null,
    },
  };
}

function usage(problem: string): ParsedArgs {
  return { kind: "usage", problem };
}
