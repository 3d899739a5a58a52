// Messages that join a name choose the particle by the name's last syllable (issue 21): no
// paired form such as 이(가) or (으)로 is left in the interface text, and rendered messages read
// as a person would write them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderMessage } from "../../src/core/catalogue";
import { renderChange } from "../../src/core/changeCodes";

const SRC = resolve(__dirname, "../../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "memory-excel" ? [] : sources(path);
    return /\.tsx?$/.test(name) && !path.endsWith("josa.ts") ? [path] : [];
  });
}

describe("particles follow the name", () => {
  it("no paired particle form is left in the source's messages", () => {
    const paired = /이\(가\)|가\(이\)|을\(를\)|를\(을\)|은\(는\)|는\(은\)|\(으\)로|\(이\)라|과\(와\)|와\(과\)/;
    const hits = sources(SRC).flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .map((line, i) => `${path.slice(SRC.length + 1)}:${i + 1}: ${line.trim()}`)
        .filter((line) => paired.test(line)),
    );
    expect(hits).toEqual([]);
  });

  it("renders the particle the last syllable takes, digits and letters read aloud", () => {
    expect(renderChange("INDICATOR_ADDED", { indicator: "청년 창업 활성화" })).toBe("이전 제출에 없던 지표 '청년 창업 활성화'가 생겼습니다.");
    expect(renderChange("INDICATOR_REMOVED", { indicator: "공영주차장" })).toBe("이전 제출에 있던 지표 '공영주차장'이 없어졌습니다.");
    expect(renderChange("PLEDGE_ADDED", { pledge: "6-3-3" })).toBe("이전 제출에 없던 공약 6-3-3이 생겼습니다.");
    expect(renderMessage("TARGET_CUMULATIVE_MISMATCH", { base: 8, annual: 8, expected: 16, found: 17 })).toContain("16인데 17로 적혀 있습니다.");
    expect(renderMessage("TARGET_CUMULATIVE_MISMATCH", { base: 8, annual: 8, expected: 16, found: 13 })).toContain("16인데 13으로 적혀 있습니다.");
    expect(renderMessage("ZERO_TARGET", { indicator: "지표", target: 0 })).toContain("누계가 0이라 이행률");
    expect(renderMessage("UNKNOWN_STATUS", { status: "보류", known: ["완료"] })).toContain("추진상황 '보류'는 알려진");
    expect(renderMessage("UNKNOWN_PERIOD", { label: "상반기" })).toContain("'상반기'를 기간(연도·반기·분기·월)으로");
    expect(renderMessage("CUMULATIVE_NOT_SHOWN", { annual: 3, cumulative: 10 })).toContain("3을 이 기간의 연간 값으로 보고 누계를 10으로 계산했습니다.");
    expect(renderMessage("DUPLICATE_PLEDGE_ID", { id: "6-3-2", first: "A!B2" })).toContain("공약번호 6-3-2가");
  });
});
