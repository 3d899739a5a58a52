// A finding's severity as a coloured badge with its Korean label (오류 · 경고 · 참고).
import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../core/types";
import { ACCEPTED_LABEL, SEVERITY_LABELS } from "../strings";

const COLORS = { error: "danger", warning: "warning", info: "informative" } as const;

/** An accepted finding (점검 예외): a neutral outlined badge, not its severity's colour. */
export function AcceptedBadge({ size = "medium" }: { size?: "small" | "medium" }) {
  return (
    <Badge appearance="outline" shape="rounded" color="important" size={size}>
      {ACCEPTED_LABEL}
    </Badge>
  );
}

export function SeverityBadge({ severity, size = "medium" }: { severity: Severity; size?: "small" | "medium" }) {
  return (
    <Badge appearance="filled" shape="rounded" color={COLORS[severity]} size={size}>
      {SEVERITY_LABELS[severity]}
    </Badge>
  );
}
