// Accepted findings (점검 예외) go to their own group in the pane; a lapsed one counts again
// and stays with the others.
import { isAccepted, type Finding } from "../core";

export function splitAccepted(findings: readonly Finding[]): { open: Finding[]; accepted: Finding[] } {
  return { open: findings.filter((f) => !isAccepted(f)), accepted: findings.filter(isAccepted) };
}
