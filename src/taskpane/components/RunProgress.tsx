// What is running and how far along it is, announced politely to screen readers.
import { Field, ProgressBar } from "@fluentui/react-components";
import type { PaneAction, Progress } from "../checker";
import { RUNNING } from "../strings";

export interface RunProgressProps {
  action: PaneAction;
  progress: Progress | null;
}

function stageText(progress: Progress | null): string {
  if (!progress) return "";
  return progress.total > 0 ? `${progress.stage} (${progress.done}/${progress.total})` : progress.stage;
}

export function RunProgress({ action, progress }: RunProgressProps) {
  const known = progress !== null && progress.total > 0;
  return (
    <div role="status" aria-live="polite">
      <Field label={RUNNING[action]} validationMessage={stageText(progress) || undefined} validationState="none">
        <ProgressBar value={known ? Math.min(1, progress.done / progress.total) : undefined} />
      </Field>
    </div>
  );
}
