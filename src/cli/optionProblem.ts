// What was wrong with the options, in one Korean line, once node:util's strict parseArgs has
// refused them: the same arguments read again without strictness, as tokens, name the
// unknown option or the option missing its value.
import { parseArgs } from "node:util";

export interface OptionSpec {
  type: "boolean" | "string";
  short?: string;
}

export function optionProblem(args: string[], options: Record<string, OptionSpec>, missingValue: Record<string, string>): string {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const spec = options[token.name];
    if (spec === undefined) return `알 수 없는 옵션입니다: ${token.rawName} ('-'로 시작하는 파일 이름은 -- 뒤에 적어 주세요.)`;
    // Strict mode also refuses a value that looks like an option (`--out --json`).
    const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith("-"));
    if (spec.type === "string" && missing) return missingValue[token.name] ?? `${token.rawName} 뒤에 값을 적어 주세요.`;
    if (spec.type === "boolean" && token.inlineValue) return `${token.rawName}에는 값을 붙이지 않습니다.`;
  }
  return "옵션을 읽지 못했습니다.";
}
