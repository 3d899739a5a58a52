// Rounding precision: taken from each card (auto) or fixed at 0, 1 or 2 decimals.
import { Field, Select } from "@fluentui/react-components";
import type { PrecisionSetting } from "../../core/types";
import { PRECISION_HINT, PRECISION_LABEL, PRECISION_OPTIONS } from "../strings";

export interface PrecisionFieldProps {
  value: PrecisionSetting;
  disabled: boolean;
  onChange: (value: PrecisionSetting) => void;
}

function parse(text: string): PrecisionSetting {
  return PRECISION_OPTIONS.find((o) => String(o.value) === text)?.value ?? "auto";
}

export function PrecisionField({ value, disabled, onChange }: PrecisionFieldProps) {
  return (
    <Field label={PRECISION_LABEL} hint={PRECISION_HINT}>
      <Select value={String(value)} disabled={disabled} onChange={(_, data) => onChange(parse(data.value))}>
        {PRECISION_OPTIONS.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
