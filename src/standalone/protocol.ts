// Messages between the page and its worker. The worker holds the loaded files and does every
// read, check and write with the command line's own modules; the page only draws.
import type { Finding, WorkbookResult } from "../core";
import type { WorkbookState } from "../memory-excel";

export type Request =
  | { type: "add"; name: string; bytes: ArrayBuffer }
  | { type: "clear" }
  | { type: "roster"; name: string; bytes: ArrayBuffer | null }
  | { type: "config"; name: string; text: string | null }
  | { type: "download"; kind: DownloadKind }
  | { type: "open"; index: number }
  | { type: "save"; index: number; state: WorkbookState }
  | { type: "tally"; index: number; state: WorkbookState };

export type DownloadKind = "summary" | "copies" | "json" | "csv";

/** One loaded file as the table shows it. */
export interface FileRow {
  index: number;
  name: string;
  department: string;
  pledges: number;
  errors: number;
  warnings: number;
  infos: number;
  /** The Korean reason it could not be read, or null. */
  problem: string | null;
  /** The first error's message, for the table. */
  firstError: string | null;
  notices: string[];
  findings: Finding[];
}

export interface BatchView {
  rows: FileRow[];
  /** The command line's totals line. */
  tally: string;
  /** The command line's 요약 block, line by line. */
  summary: string[];
  /** Problems with the 공약 목록 or settings file, in Korean. */
  problems: string[];
  roster: string | null;
  config: string | null;
}

export type Reply =
  | { type: "view"; view: BatchView }
  | { type: "download"; name: string; mime: string; bytes: ArrayBuffer }
  | { type: "workbook"; index: number; name: string; state: WorkbookState; result: WorkbookResult | null }
  | { type: "tally"; text: string }
  | { type: "failed"; message: string };
