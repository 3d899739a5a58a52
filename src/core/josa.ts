// Korean particles chosen by the last syllable as the word is read aloud (es-hangul picks the
// particle). Digits and Latin letters at the end are read first: 6-3-3 → 삼, 10 → 십, A → 에이.
import { josa } from "es-hangul";

export type ParticlePair = "이/가" | "을/를" | "은/는" | "으로/로" | "와/과" | "이라/라";

/** How a digit reads alone, and the place word a run of trailing zeros reads as. */
const DIGIT = ["영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];
const PLACE = ["", "십", "백", "천", "만", "만", "만", "만", "억"];
/** Each Latin letter's Korean name's last syllable (에이 → 이, 엘 → 엘). */
const LETTER: Record<string, string> = {
  A: "이", B: "비", C: "씨", D: "디", E: "이", F: "프", G: "지", H: "치", I: "이", J: "이", K: "이", L: "엘", M: "엠",
  N: "엔", O: "오", P: "피", Q: "큐", R: "알", S: "스", T: "티", U: "유", V: "이", W: "유", X: "스", Y: "이", Z: "트",
};

/** The syllable the word's end is read as, or null when nothing at its end reads. */
function lastReading(word: string): string | null {
  const trimmed = word.replace(/[\s'"‘’“”)\]}>」』〉》%]+$/u, "");
  const number = /(\d+)(?:\.(\d+))?$/.exec(trimmed);
  if (number) {
    if (number[2] !== undefined) return DIGIT[Number(number[2].at(-1))];
    const digits = number[1];
    const zeros = digits.length - digits.replace(/0+$/, "").length;
    if (zeros === 0 || zeros === digits.length) return DIGIT[Number(digits.at(-1))];
    return PLACE[Math.min(zeros, PLACE.length - 1)];
  }
  const last = trimmed.at(-1);
  if (last === undefined) return null;
  if (/[가-힣]/u.test(last)) return last;
  return LETTER[last.toUpperCase()] ?? null;
}

/** `word` followed by the particle its last syllable takes; the paired form (이(가)) when unreadable. */
export function withParticle(word: string, pair: ParticlePair): string {
  const reading = lastReading(word);
  if (reading === null) {
    const [withFinal, without] = pair.split("/");
    return pair === "으로/로" ? `${word}(으)로` : `${word}${withFinal}(${without})`;
  }
  return word + josa.pick(reading, pair);
}
