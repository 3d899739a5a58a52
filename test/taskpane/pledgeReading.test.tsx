// @vitest-environment jsdom
// The pane says how a pledge's table was read (issue 8) beside its findings — the layout and
// each indicator that is not a count — and says nothing for the ordinary pair of counts.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/core";
import { buildLayoutCard, type LayoutCard } from "../../src/sample/layouts/build";
import { card633, levelCard } from "../../src/sample/layouts/corpus";
import { FindingsList } from "../../src/taskpane/components/FindingsList";
import { groupFindings } from "../../src/taskpane/groupFindings";

afterEach(cleanup);

/** The pane's findings list for one card; the card must have a finding, or there is no group. */
function showCard(card: LayoutCard): void {
  const grouped = groupFindings(checkWorkbook([buildLayoutCard(card)]));
  expect(grouped.sheets.flatMap((s) => s.pledges)).toHaveLength(1);
  render(<FindingsList sheets={grouped.sheets} onSelect={() => {}} />);
}

const reading = () => screen.queryByLabelText(/표 읽은 방식$/);

describe("how the table was read, beside a pledge's findings", () => {
  it("names a level indicator (and not the count beside it) on the ordinary layout", () => {
    const card = levelCard();
    card.indicators[0].rate = 45; // a wrong rate, so the pledge has a finding to show
    showCard(card);
    // 건립 공정률 is in %, 20 → 50 → 80 → 100: a level; 주민 설명회 개최 is a count.
    expect(reading()?.textContent).toBe("표 구성 목표·이행 두 행 · 건립 공정률: 수준형(최종 수준)");
  });

  it("names a layout other than the row pairs, even when every indicator is a count", () => {
    showCard(card633("columns", { pledgeRate: 50 })); // the card says 50; its indicators give 86
    expect(reading()?.textContent).toBe("표 구성 연도마다 연간·누계 두 열");
  });

  it("stays quiet on the ordinary 목표·이행 pair of counts", () => {
    showCard(card633("pairs", { pledgeRate: 50 }));
    expect(screen.getAllByRole("listitem").length).toBeGreaterThan(0);
    expect(reading()).toBeNull();
    expect(document.body.textContent).not.toContain("표 구성");
  });
});
