// The command line's grammar: `check <file|folder>... [--json] [--fix --out DIR] [--precision P]`.
import type { PrecisionSetting } from "../core";

export interface CheckArgs {
  paths: string[];
  json: boolean;
  /** Folder for the annotated copies; null when --fix was not asked for. */
  fixOut: string | null;
  precision: PrecisionSetting;
  /** JSON file with the rules a planning office may set (README "Configuration"); null for the defaults. */
  config: string | null;
}

export type ParsedArgs = { kind: "check"; args: CheckArgs } | { kind: "help" } | { kind: "usage"; problem: string };

export const USAGE = [
  "사용법: pledge-check check <파일.xlsx | 폴더>... [--json] [--fix --out 폴더] [--precision auto|0|1|2] [--config 파일.json]",
  "",
  "  <파일.xlsx | 폴더>   점검할 통합 문서. 폴더를 주면 그 안의 .xlsx 파일을 모두 점검합니다.",
  "  --json               결과와 전체 요약을 JSON 하나로 출력합니다.",
  "  --fix --out 폴더     이행률을 채우고 문제 셀에 색과 메모를 단 사본과, 모든 공약을 모은",
  "                       요약.xlsx를 그 폴더에 씁니다.",
  "                       원본 파일은 바꾸지 않으며, 원본이 있는 폴더에는 쓸 수 없습니다.",
  "  --precision 값       이행률 반올림 자릿수 (auto는 카드에 적힌 자릿수를 따름, 기본값).",
  "                       요약.xlsx의 이행률도 이 자릿수로 보입니다 (auto는 소수 둘째 자리).",
  "  --config 파일.json   완료로 셀 추진상황, 요약의 소수 자릿수, 목표·이행 행 이름을 정한 설정 파일",
  "                       (completeStatuses, summaryPrecision, labels; README의 Configuration 참고).",
  "",
  "종료 코드: 0 오류 없음 · 1 오류 발견 · 2 읽을 수 없는 파일이나 잘못된 사용법",
].join("\n");

const PRECISIONS: Record<string, PrecisionSetting> = { auto: "auto", "0": 0, "1": 1, "2": 2 };

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0) return usage("명령이 없습니다.");
  if (argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") return { kind: "help" };
  if (argv[0] !== "check") return usage(`알 수 없는 명령입니다: ${argv[0]}`);
  const args: CheckArgs = { paths: [], json: false, fixOut: null, precision: "auto", config: null };
  let fix = false;
  let out: string | null = null;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = splitInline(arg);
    const value = (): string | null => inline ?? (i + 1 < argv.length ? argv[++i] : null);
    if (flag === "--help" || flag === "-h") return { kind: "help" };
    else if (flag === "--json") args.json = true;
    else if (flag === "--fix") fix = true;
    else if (flag === "--out") {
      out = value();
      if (!out) return usage("--out 뒤에 사본을 쓸 폴더를 적어 주세요.");
    } else if (flag === "--precision") {
      const setting = value();
      if (setting === null || !(setting in PRECISIONS)) return usage("--precision 값은 auto, 0, 1, 2 중 하나여야 합니다.");
      args.precision = PRECISIONS[setting];
    } else if (flag === "--config") {
      const file = value();
      if (!file) return usage("--config 뒤에 설정 파일(JSON)을 적어 주세요.");
      args.config = file;
    } else if (arg.startsWith("-") && arg !== "-") return usage(`알 수 없는 옵션입니다: ${arg}`);
    else args.paths.push(arg);
  }
  if (args.paths.length === 0) return usage("점검할 파일이나 폴더를 적어 주세요.");
  if (fix && !out) return usage("--fix에는 사본을 쓸 폴더 --out 이 필요합니다.");
  if (out && !fix) return usage("--out은 --fix와 함께 씁니다.");
  args.fixOut = out;
  return { kind: "check", args };
}

/** `--out=DIR` and `--out DIR` are both accepted. */
function splitInline(arg: string): [string, string | null] {
  if (!arg.startsWith("--")) return [arg, null];
  const eq = arg.indexOf("=");
  return eq < 0 ? [arg, null] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

function usage(problem: string): ParsedArgs {
  return { kind: "usage", problem };
}
