// Collecting findings: each one a case of the catalogue's union, its message rendered
// from the code's template, its hint kept apart from its values.
import type { Finding, FindingRole, FindingValue } from "./types";
import { FINDING_CODES, renderMessage, type FindingCode, type FindingParams } from "./catalogue";

export { FINDING_CODES, renderMessage, type FindingCode, type FindingParams } from "./catalogue";

/** Where a finding is and what it is about (its identity, apart from the code). */
export interface FindingAt {
  /** A1 address without `$`: where the finding is shown. */
  cell: string;
  role: FindingRole;
  /** The indicator it is about: its name and its key within the pledge. */
  indicator?: { name: string; key: string } | null;
  /** The period's header label, for findings about one period cell. */
  period?: string | null;
}

/** The identity of a finding: code, pledge, indicator, period and role (never its address). */
export function findingKey(f: Pick<Finding, "code" | "pledgeKey" | "indicatorKey" | "period" | "role">): string {
  return [f.code, f.pledgeKey ?? "", f.indicatorKey ?? "", f.period ?? "", f.role].join("|");
}

/** Collects findings for one sheet, filling in severity, message, hint and sheet name. */
export class FindingList {
  readonly items: Finding[] = [];
  /** The pledge being read; findings added meanwhile belong to it. */
  pledgeId: string | null = null;
  constructor(private readonly sheet: string) {}

  add<C extends FindingCode>(
    code: C,
    at: FindingAt,
    params: FindingParams[C],
    values: { expected?: FindingValue; found?: FindingValue } = {},
  ): void {
    const entry = FINDING_CODES[code];
    const finding = {
      code,
      params,
      severity: entry.severity,
      sheet: this.sheet,
      cell: at.cell,
      message: renderMessage(code, params),
      expected: values.expected ?? null,
      found: values.found ?? null,
      hint: entry.hint ?? null,
      pledgeId: this.pledgeId,
      // Keys are completed once the pledge's key is known (see keys.ts).
      pledgeKey: null,
      indicator: at.indicator?.name ?? null,
      indicatorKey: at.indicator?.key ?? null,
      period: at.period ?? null,
      role: at.role,
      key: "",
    } as Finding;
    this.items.push(finding);
  }
}
