// The fake Excel application around one MemoryWorkbook: `run` hands out request
// contexts, `isSetSupported` answers for a configurable ExcelApi version, and every
// sync is counted with its request and response size (see ./client.ts for how sizes
// are estimated). Excel on the web refuses payloads over 5 MB; so does the fake.
import { FakeRequestContext } from "./client";
import { officeError, type FakeOfficeError } from "./errors";
import { FakeWorkbook } from "./proxies/workbook";
import type { MemoryWorkbook } from "./workbook";

export const FIVE_MB = 5 * 1024 * 1024;

/**
 * Which members the loaded office.js library defines, as `(class, member)`. Excel can
 * report a requirement set the library does not implement: the npm copy of office.js
 * (@microsoft/office-js 1.1.110) has no notes API while Microsoft 365 reports ExcelApi
 * 1.18, and `workbook.notes` is then undefined (issue 9; grep its excel-web-16.00.js
 * for NoteCollection). Default: the library has everything the fake models.
 */
export type LibraryMembers = (type: string, member: string) => boolean;

/** The npm copy of office.js 1.1.110: everything but notes. */
export const LIBRARY_WITHOUT_NOTES: LibraryMembers = (type, member) =>
  type !== "Note" && type !== "NoteCollection" && !((type === "Workbook" || type === "Worksheet") && member === "notes");

export interface MemoryExcelOptions {
  /** Highest ExcelApi requirement set the host supports, e.g. "1.7" or "1.18". */
  api?: string;
  /** What the loaded office.js defines (see LibraryMembers). */
  library?: LibraryMembers;
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  /**
   * How a payload over the limit is reported. Excel on the web documents
   * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, but often answers
   * `GeneralException` "An internal error has occurred." instead (OfficeDev/office-js#1314,
   * #1012). "documented" (default) or "internal".
   */
  payloadErrors?: "documented" | "internal";
  /** A get over five million cells: "throw" RangeExceedsLimit (default) or read "null" values. */
  oversizedReads?: "throw" | "null";
  /** Cells a get may read (Excel: five million); lower it to test the limit cheaply. */
  cellLimit?: number;
}

export interface SyncStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  /** Commands (loads, sets, calls) sent in each sync. */
  actions: number[];
}

/** Fail sync number `sync` (0-based, as counted in stats.syncs) at its command `action`: the commands before it stay applied. */
export interface InjectedFailure {
  sync: number;
  action: number;
  code: string;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class MemoryExcel {
  api: string;
  limits: { requestBytes: number; responseBytes: number };
  /** While true every sync fails as it does when the user is typing in a cell. */
  cellEditMode = false;
  /** Makes the next sync fail with this Office error code (then clears itself). */
  failNextSync: string | null = null;
  stats: SyncStats = { syncs: 0, requestBytes: [], responseBytes: [], actions: [] };
  /** A failure in the middle of a batch — a sync is not a transaction (see client.ts). */
  failAt: InjectedFailure | null = null;
  readonly payloadErrors: "documented" | "internal";
  readonly oversizedReads: "throw" | "null";
  readonly cellLimit: number;
  /** Every `Class.member` the add-in used (set, called, navigated or loaded), for checking against a library. */
  readonly touched = new Set<string>();
  private readonly library: LibraryMembers;

  constructor(
    public workbook: MemoryWorkbook,
    options: MemoryExcelOptions = {},
  ) {
    this.api = options.api ?? "1.18";
    this.limits = { requestBytes: options.requestLimitBytes ?? FIVE_MB, responseBytes: options.responseLimitBytes ?? FIVE_MB };
    this.library = options.library ?? (() => true);
    this.payloadErrors = options.payloadErrors ?? "documented";
    this.oversizedReads = options.oversizedReads ?? "throw";
    this.cellLimit = options.cellLimit ?? 5_000_000;
  }

  /** Whether the loaded office.js defines `type.member` (the add-in's presence check asks this). */
  libraryHas(type: string, member: string): boolean {
    return this.library(type, member);
  }

  supports(version: string): boolean {
    return compareVersions(version, this.api) <= 0;
  }

  isSetSupported(name: string, minVersion?: string): boolean {
    return name === "ExcelApi" && this.supports(minVersion ?? "1.1");
  }

  /** Excel.run: the batch gets a fresh context; commands still queued at its end are synced. */
  /**
   * `options.delayForCellEdit`: "if the user is in cell edit mode then the batch request is
   * delayed until the user exits cell edit mode" (Excel.RunOptions,
   * learn.microsoft.com/javascript/api/excel/excel.runoptions): each sync waits while
   * `cellEditMode` is on instead of failing.
   */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { delayForCellEdit?: boolean }): Promise<T> {
    const context = new FakeRequestContext(this, (c) => new FakeWorkbook(c));
    context.delayForCellEdit = options?.delayForCellEdit === true;
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context._close();
    }
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.stats.requestBytes);
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.stats.responseBytes);
  }

  resetStats(): void {
    this.stats = { syncs: 0, requestBytes: [], responseBytes: [], actions: [] };
  }

  _recordSync(requestBytes: number, responseBytes: number, actions = 0): void {
    this.stats.syncs++;
    this.stats.requestBytes.push(requestBytes);
    this.stats.responseBytes.push(responseBytes);
    this.stats.actions.push(actions);
  }

  /** The error Excel gives for a payload over the limit (see MemoryExcelOptions.payloadErrors). */
  _payloadError(code: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded", message: string): FakeOfficeError {
    return this.payloadErrors === "internal" ? officeError("GeneralException", "An internal error has occurred.") : officeError(code, message);
  }

  /** Why Excel would refuse this request before running any of it, if it would. */
  _refusal(requestBytes: number): FakeOfficeError | null {
    if (this.cellEditMode) {
      return officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
    }
    if (this.failNextSync) {
      const code = this.failNextSync;
      this.failNextSync = null;
      return officeError(code, `Simulated failure: ${code}`);
    }
    if (requestBytes > this.limits.requestBytes) {
      return this._payloadError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) exceeded the limit.`);
    }
    return null;
  }
}
