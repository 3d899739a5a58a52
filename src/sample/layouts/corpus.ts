// The layout corpus: the seed card 6-3-3 (test/fixtures/seeds) told in every shape departments
// use, plus cards for levels, milestones, decreasing and withdrawn indicators.
//
// Hand-worked expectations for the 6-3-3 numbers (as of 2025. 6. 30.):
//   교류활동 횟수: target -, 8, 8, 8, 2 → final 26; actual -, 5, 23, 17 → 45; 45 ÷ 26 → 100 (capped)
//   자매결연 관련 행사 개최: target -, 2, 2, 2, 1 → 7; actual -, 2, 2, 1 → 5; 5 ÷ 7 = 71.43 → 71
//   pledge: (100 + 71.43) ÷ 2 = 85.71 → 86, headline 86%.
import type { LayoutCard, LayoutIndicator, Shape } from "./build";

export const PERIODS_633 = ["2022", "2023", "2024", "2025", "2026. 6."];

export function indicators633(): LayoutIndicator[] {
  return [
    { name: "교류활동 횟수", unit: "회", target: [null, 8, 8, 8, 2], actual: [null, 5, 23, 17, undefined], rate: 100 },
    { name: "자매결연 관련 행사 개최", unit: "회", target: [null, 2, 2, 2, 1], actual: [null, 2, 2, 1, undefined], rate: 71 },
  ];
}

export function card633(shape: Shape, edit: Partial<LayoutCard> = {}): LayoutCard {
  return {
    sheet: `6-3-3 ${shape}`.slice(0, 31),
    heading: ["6-3-3 16개 공공기관과 상생 자매결연 활성화"],
    department: "미래전략과",
    status: "완료 후 계속추진",
    headline: "86%",
    asOf: "2025. 6. 30.",
    periods: PERIODS_633,
    indicators: indicators633(),
    pledgeRate: 86,
    shape,
    ...edit,
  };
}

/**
 * A 공정률 level beside a count. 공정률 % target 20, 50, 80, 100 (levels, 2023–2026. 6.),
 * actual 20, 45, 70 → 70 ÷ 100 = 70. 설명회 개최 회: target 2, 2, 2, 2 → 8; actual 2, 1, 3 → 6;
 * 6 ÷ 8 = 75. Pledge (70 + 75) ÷ 2 = 72.5 → 73 at integers (half up).
 */
export function levelCard(): LayoutCard {
  return {
    sheet: "경제-01",
    heading: ["경제-01 복합문화센터 건립"],
    department: "문화예술과",
    status: "정상추진",
    headline: "73%",
    asOf: "2025. 6. 30.",
    periods: ["2023", "2024", "2025", "2026. 6."],
    indicators: [
      { name: "건립 공정률", unit: "%", target: [20, 50, 80, 100], actual: [20, 45, 70, undefined], rate: 70, levels: true },
      { name: "주민 설명회 개최", unit: "회", target: [2, 2, 2, 2], actual: [2, 1, 3, undefined], rate: 75 },
    ],
    pledgeRate: 73,
    shape: "pairs",
    labels: { target: "목표", actual: "실적" },
  };
}

/**
 * A milestone that reached its final stage (준공 → 100) beside a count (8 ÷ 10 = 80).
 * Pledge (100 + 80) ÷ 2 = 90.
 */
export function milestoneCard(finalActual = "준공"): LayoutCard {
  return {
    sheet: "1-1",
    heading: ["1-1 청년센터 건립"],
    department: "청년정책과",
    status: "정상추진",
    headline: "90%",
    asOf: "2025. 12. 31.",
    periods: ["2023", "2024", "2025"],
    indicators: [
      { name: "청년센터 건립", unit: "단계", target: [], actual: [], rate: 100, words: { target: ["설계", "착공", "준공"], actual: ["설계", "착공", finalActual] } },
      { name: "청년 상담 건수", unit: "건", target: [2, 4, 4], actual: [2, 3, 3], rate: 80 },
    ],
    pledgeRate: 90,
    shape: "pairs",
  };
}

/** 교통사고 사망자 수 (fewer is better) beside a count; the card gives no baseline rule. */
export function decreasingCard(): LayoutCard {
  return {
    sheet: "공약 3",
    heading: ["공약 3 교통안전 도시"],
    department: "교통행정과",
    status: "정상추진",
    headline: "85%",
    asOf: "2025. 12. 31.",
    periods: ["2023", "2024", "2025"],
    indicators: [
      { name: "교통사고 사망자 수", unit: "명", target: [], actual: [], rate: 90, words: { target: [12, 11, 10], actual: [13, 11, 9] } },
      { name: "어린이보호구역 정비", unit: "개소", target: [10, 10, 10], actual: [8, 8, 8], rate: 80 },
    ],
    pledgeRate: 85,
    shape: "pairs",
  };
}

/**
 * A withdrawn indicator in hidden rows. Counted: 추진계획 수립 4 ÷ 5 = 80; withdrawn 주민 설명회
 * 1 ÷ 4 = 25. The card's 80 is the mean without it; (80 + 25) ÷ 2 = 52.5 would be with it.
 */
export function withdrawnCard(pledgeRate: number, hiddenOrNamed: "hidden" | "named"): LayoutCard {
  return {
    sheet: "7-2-3",
    heading: ["7-2-3 학습동아리 활성화"],
    department: "평생교육과",
    status: "정상추진",
    headline: `${pledgeRate}%`,
    asOf: "2025. 9. 30.",
    periods: PERIODS_633,
    indicators: [
      { name: "추진계획 수립", unit: "회", target: [1, 1, 1, 1, 1], actual: [1, 1, 1, 1, undefined], rate: 80 },
      {
        name: hiddenOrNamed === "named" ? "주민 설명회 (폐지)" : "주민 설명회",
        unit: "회",
        target: [1, 1, 1, 1, undefined],
        actual: [1, null, null, null, undefined],
        rate: 25,
        hidden: hiddenOrNamed === "hidden",
      },
    ],
    pledgeRate,
    shape: "pairs",
  };
}

/** One card of every layout above, right as written: the mixed workbook of the CLI test and the bench. */
export function mixedLayoutCards(): LayoutCard[] {
  const shapes: Shape[] = ["pairs", "rate-row", "four-rows", "columns", "cumulative-only", "cumulative-rows", "wide"];
  return [
    ...shapes.map((shape) => card633(shape)),
    card633("pairs", { sheet: "계획 실적", actualFirst: true, labels: { target: "계획", actual: "실적" }, periods: ["2022년", "'23", "2024.", 2025, "2026년 6월"] }),
    levelCard(),
    milestoneCard(),
    decreasingCard(),
    withdrawnCard(80, "hidden"),
  ];
}
