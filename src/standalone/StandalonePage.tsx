// The standalone 점검 페이지: workbooks dropped or picked are checked in the worker by the
// command line's own pipeline; a table per file, the totals line and the 요약 as the command
// line prints them, downloads, and one workbook at a time as in Excel (StaffView).
import { Body1, Button, Caption1, FluentProvider, makeStyles, ProgressBar, Subtitle2, Title2, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState, type DragEvent } from "react";
import { SEVERITY_LABELS, type WorkbookResult } from "../core";
import type { WorkbookState } from "../memory-excel";
import { droppedFiles, pickedFiles, saveBytes, type Picked } from "./files";
import { attentionFirst } from "./order";
import type { BatchView, DownloadKind, FileRow, Reply } from "./protocol";
import { StaffView } from "./StaffView";
import { startWorker } from "./workerClient";

const useStyles = makeStyles({
  page: { fontFamily: tokens.fontFamilyBase, padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, wordBreak: "keep-all", maxWidth: "1400px" },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
  },
  over: { backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  tableWrap: { overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& th": { borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: "4px 8px", textAlign: "left" },
    "& td": { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "4px 8px", verticalAlign: "top" },
  },
  clickable: { cursor: "pointer", ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover } },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  problem: { color: tokens.colorPaletteRedForeground1 },
  totals: { fontWeight: tokens.fontWeightSemibold },
  summary: { margin: 0, whiteSpace: "pre-wrap", fontFamily: tokens.fontFamilyBase },
  hidden: { display: "none" },
});

const PRIVACY = "이 페이지는 인터넷에 연결하지 않습니다. 고른 파일은 이 PC 밖으로 나가지 않고 이 브라우저 안에서만 점검됩니다.";

export function StandalonePage() {
  const styles = useStyles();
  const worker = useMemo(() => startWorker(), []);
  const [view, setView] = useState<BatchView | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [open, setOpen] = useState<{ index: number; name: string; state: WorkbookState; result: WorkbookResult | null } | null>(null);
  const [over, setOver] = useState(false);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);

  const answer = (reply: Reply) => {
    if (reply.type === "view") setView(reply.view);
    else if (reply.type === "download") saveBytes(reply.name, reply.mime, reply.bytes);
    else if (reply.type === "failed") setMessage(reply.message);
    else if (reply.type === "workbook") setOpen(reply);
  };

  const add = async (picked: Picked[]) => {
    if (picked.length === 0) {
      setMessage("점검할 .xlsx 파일이 없습니다.");
      return;
    }
    setMessage(null);
    setProgress({ done: 0, total: picked.length });
    for (const [n, { name, file }] of picked.entries()) {
      const bytes = await file.arrayBuffer();
      answer(await worker.send({ type: "add", name, bytes }, [bytes]));
      setProgress({ done: n + 1, total: picked.length });
    }
    setProgress(null);
  };

  const settings = async (kind: "roster" | "config", file: File | null) => {
    if (kind === "roster") {
      const bytes = file ? await file.arrayBuffer() : null;
      answer(await worker.send({ type: "roster", name: file?.name ?? "", bytes }, bytes ? [bytes] : []));
    } else answer(await worker.send({ type: "config", name: file?.name ?? "", text: file ? await file.text() : null }));
  };

  const download = async (kind: DownloadKind) => {
    setMessage(null);
    answer(await worker.send({ type: "download", kind }));
  };

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    await add(await droppedFiles(event.dataTransfer));
  };

  const openIndex = open?.index ?? null;
  const tally = useCallback(
    async (state: WorkbookState) => {
      if (openIndex === null) return null;
      const reply = await worker.send({ type: "tally", index: openIndex, state });
      return reply.type === "tally" ? reply.text : null;
    },
    [worker, openIndex],
  );

  const rows = view ? attentionFirst(view.rows) : [];
  const chosen = selected === null ? null : (view?.rows[selected] ?? null);
  const busy = progress !== null;

  return (
    <FluentProvider theme={webLightTheme} lang="ko">
      {open ? (
        <StaffView
          name={open.name}
          state={open.state}
          onClose={() => setOpen(null)}
          onSave={(state) => void worker.send({ type: "save", index: open.index, state }).then(answer)}
          tally={tally}
        />
      ) : (
        <main className={styles.page}>
          <Title2 as="h1">공약 점검</Title2>
          <Body1>{PRIVACY}</Body1>
          <div
            className={`${styles.drop} ${over ? styles.over : ""}`}
            onDragOver={(event) => {
              event.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={(event) => void onDrop(event)}
            aria-label="파일을 끌어다 놓는 곳"
          >
            <Body1>점검할 통합 문서(.xlsx)나 폴더를 여기에 끌어다 놓거나 고르세요.</Body1>
            <Button appearance="primary" disabled={busy} onClick={() => files.current?.click()}>
              파일 고르기
            </Button>
            <Button disabled={busy} onClick={() => folder.current?.click()}>
              폴더 고르기
            </Button>
            <input ref={files} className={styles.hidden} type="file" multiple accept=".xlsx,.xlsm" aria-label="파일 고르기" onChange={(e) => void add(pickedFiles(e.target.files)).then(() => (e.target.value = ""))} />
            <input
              ref={folder}
              className={styles.hidden}
              type="file"
              aria-label="폴더 고르기"
              {...{ webkitdirectory: "", directory: "" }}
              onChange={(e) => void add(pickedFiles(e.target.files)).then(() => (e.target.value = ""))}
            />
          </div>
          <div className={styles.row}>
            <label>
              공약 목록(선택):{" "}
              <input type="file" accept=".xlsx" aria-label="공약 목록 파일" onChange={(e) => void settings("roster", e.target.files?.[0] ?? null)} />
            </label>
            <label>
              설정 파일(선택, JSON):{" "}
              <input type="file" accept=".json,application/json" aria-label="설정 파일" onChange={(e) => void settings("config", e.target.files?.[0] ?? null)} />
            </label>
          </div>
          {progress && (
            <div>
              <ProgressBar value={progress.done / progress.total} aria-label="점검 진행" />
              <Caption1 role="status">
                {progress.done} / {progress.total} 파일
              </Caption1>
            </div>
          )}
          {message && (
            <Body1 role="alert" className={styles.problem}>
              {message}
            </Body1>
          )}
          {view?.problems.map((problem) => (
            <Body1 key={problem} role="alert" className={styles.problem}>
              {problem}
            </Body1>
          ))}
          {view && (view.roster || view.config) && (
            <Caption1>
              {view.roster && `공약 목록: ${view.roster}`} {view.config && `설정: ${view.config}`}
            </Caption1>
          )}
          {view && view.rows.length > 0 && (
            <>
              <Body1 className={styles.totals} role="status" data-testid="totals">
                {view.tally}
              </Body1>
              <div className={styles.row}>
                <Button disabled={busy} onClick={() => void download("summary")}>
                  요약.xlsx 내려받기
                </Button>
                <Button disabled={busy} onClick={() => void download("copies")}>
                  검토 사본 모두 내려받기(.zip)
                </Button>
                <Button disabled={busy} onClick={() => void download("json")}>
                  결과 JSON
                </Button>
                <Button disabled={busy} onClick={() => void download("csv")}>
                  결과 CSV
                </Button>
                <Button
                  disabled={busy}
                  onClick={() => {
                    setSelected(null);
                    void worker.send({ type: "clear" }).then(answer);
                  }}
                >
                  목록 비우기
                </Button>
              </div>
              <div className={styles.tableWrap}>
                <table className={styles.table} aria-label="파일별 점검 결과">
                  <thead>
                    <tr>
                      <th scope="col">파일</th>
                      <th scope="col">부서</th>
                      <th scope="col">공약 수</th>
                      <th scope="col">{SEVERITY_LABELS.error}</th>
                      <th scope="col">{SEVERITY_LABELS.warning}</th>
                      <th scope="col">{SEVERITY_LABELS.info}</th>
                      <th scope="col">첫 번째 오류</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <FileLine key={row.index} row={row} selected={row.index === selected} onSelect={() => setSelected(row.index === selected ? null : row.index)} />
                    ))}
                  </tbody>
                </table>
              </div>
              {chosen && <FileDetail row={chosen} onOpen={() => void worker.send({ type: "open", index: chosen.index }).then(answer)} />}
              {view.summary.length > 0 && (
                <section aria-label="요약">
                  <pre className={styles.summary}>{view.summary.join("\n")}</pre>
                </section>
              )}
            </>
          )}
        </main>
      )}
    </FluentProvider>
  );
}

function FileLine({ row, selected, onSelect }: { row: FileRow; selected: boolean; onSelect: () => void }) {
  const styles = useStyles();
  return (
    <tr
      className={`${styles.clickable} ${selected ? styles.selected : ""}`}
      onClick={onSelect}
      onKeyDown={(event) => (event.key === "Enter" || event.key === " ") && (event.preventDefault(), onSelect())}
      tabIndex={0}
      aria-selected={selected}
    >
      <td>{row.name}</td>
      <td>{row.department}</td>
      <td className={styles.number}>{row.problem === null ? row.pledges : ""}</td>
      <td className={styles.number}>{row.problem === null ? row.errors : ""}</td>
      <td className={styles.number}>{row.problem === null ? row.warnings : ""}</td>
      <td className={styles.number}>{row.problem === null ? row.infos : ""}</td>
      <td className={row.problem !== null || row.firstError ? styles.problem : undefined}>{row.problem !== null ? `읽을 수 없음: ${row.problem}` : (row.firstError ?? "")}</td>
    </tr>
  );
}

function FileDetail({ row, onOpen }: { row: FileRow; onOpen: () => void }) {
  const styles = useStyles();
  return (
    <section aria-label={`${row.name}의 점검 결과`}>
      <div className={styles.row}>
        <Subtitle2 as="h2">{row.name}</Subtitle2>
        {row.problem === null && (
          <Button appearance="primary" onClick={onOpen}>
            이 통합 문서 열기(작업 창)
          </Button>
        )}
      </div>
      {row.problem !== null && <Body1 className={styles.problem}>읽을 수 없음: {row.problem}</Body1>}
      {row.notices.map((notice) => (
        <Body1 key={notice}>알림: {notice}</Body1>
      ))}
      {row.problem === null && row.findings.length === 0 && <Body1>문제 없음</Body1>}
      {row.findings.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">구분</th>
                <th scope="col">시트</th>
                <th scope="col">셀</th>
                <th scope="col">내용</th>
              </tr>
            </thead>
            <tbody>
              {row.findings.map((finding) => (
                <tr key={`${finding.sheet}!${finding.key}`}>
                  <td>{finding.accepted ? `예외(${SEVERITY_LABELS[finding.severity]})` : SEVERITY_LABELS[finding.severity]}</td>
                  <td>{finding.sheet}</td>
                  <td>{finding.cell}</td>
                  <td>
                    {finding.message}
                    {finding.hint ? ` — ${finding.hint}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
