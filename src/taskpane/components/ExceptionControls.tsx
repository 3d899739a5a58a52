// 예외로 두기 / 예외 취소 under one finding. The reason is required: the core says why an
// empty one is refused, and nothing is written until a reason is given. Rendered beside
// the finding's own button (a button cannot hold buttons).
import { useRef, useState, type KeyboardEvent } from "react";
import { returnFocusTo } from "../focusReturn";
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { isAccepted, lapseNote, reasonProblem, type Finding } from "../../core";

export const ACCEPT = "예외로 두기";
export const ACCEPT_CONFIRM = "예외로 두기 확인";
export const ACCEPT_DISMISS = "그만두기";
export const CANCEL_EXCEPTION = "예외 취소";
export const REASON_LABEL = "예외 사유 (필수)";
export const ACCEPTED_LABEL = "예외";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export interface ExceptionControlsProps {
  finding: Finding;
  onAccept: (finding: Finding, reason: string) => Promise<void>;
  onCancel: (finding: Finding) => Promise<void>;
}

export function ExceptionControls({ finding, onAccept, onCancel }: ExceptionControlsProps) {
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  /** The finding's own button, just before these controls. */
  const focusFinding = () => (root.current?.previousElementSibling as HTMLElement | null)?.focus();

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    returnFocusTo(finding.key);
    try {
      await action();
      setAsking(false);
      setReason("");
    } catch (error) {
      returnFocusTo("");
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  if (finding.accepted && isAccepted(finding)) {
    return (
      <div className={styles.root} ref={root}>
        <span className={styles.note}>
          {ACCEPTED_LABEL} · 사유: {finding.accepted.reason}
          {finding.accepted.at ? ` (${finding.accepted.at})` : ""}
        </span>
        <div className={styles.row}>
          <Button size="small" disabled={busy} onClick={() => void run(() => onCancel(finding))}>
            {CANCEL_EXCEPTION}
          </Button>
        </div>
        {problem && <span role="alert">{problem}</span>}
      </div>
    );
  }

  const lapse = lapseNote(finding);
  const confirm = () => {
    const why = reasonProblem(reason);
    if (why) setProblem(why);
    else void run(() => onAccept(finding, reason.trim()));
  };
  const dismiss = () => {
    setAsking(false);
    setProblem(null);
    focusFinding();
  };
  // Enter confirms (Shift+Enter starts a new line), Escape closes; focus goes back to the finding.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      confirm();
    } else if (event.key === "Escape") {
      event.preventDefault();
      dismiss();
    }
  };
  return (
    <div className={styles.root} ref={root}>
      {lapse && <span className={styles.note}>{lapse}</span>}
      {!asking ? (
        <div className={styles.row}>
          <Button size="small" disabled={busy} onClick={() => setAsking(true)}>
            {ACCEPT}
          </Button>
        </div>
      ) : (
        <>
          <Field label={REASON_LABEL} required validationMessage={problem ?? undefined}>
            <Textarea value={reason} onChange={(_, data) => setReason(data.value)} onKeyDown={onKeyDown} resize="vertical" autoFocus />
          </Field>
          <div className={styles.row}>
            <Button size="small" appearance="primary" disabled={busy} onClick={confirm}>
              {ACCEPT_CONFIRM}
            </Button>
            <Button size="small" disabled={busy} onClick={dismiss} onKeyDown={onKeyDown}>
              {ACCEPT_DISMISS}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
