// A finding's severity as a coloured badge with its Korean label (오류 · 경고 · 참고).
import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../core/types";
import { SEVERITY_LABELS } from "../strings";

const COLORS = { error: "danger", warning: "warning", info: "informative" } as const;

export function SeverityBadge({ severity, size = "medium" }: { severity: Severity; size?: "small" | "medium" }) {
  return (
    <Badge appearance="filled" shape="rounded" color={COLORS[severity]} size={size}>
      {SEVERITY_LABELS[severity]}
    </Badge>
  );
}
