// A package the reader will not read, with the Korean sentence the user sees and, for
// --verbose, the technical reason behind it. Thrown by every part of the reader; the command
// line and the pane turn it into their own refusal, never a stack trace.

export class PackageRefused extends Error {
  constructor(message: string, readonly detail: string | null = null) {
    super(message);
  }
}

export const DAMAGED = "xlsx 파일이 손상되었거나 Excel 통합 문서가 아니라 읽을 수 없습니다.";
export const TOO_LARGE_INFLATED = "압축을 풀면 지나치게 커지는 파일이라 읽지 않았습니다 (손상되었거나 압축 폭탄일 수 있습니다).";
export const NO_WORKSHEET = "워크시트가 없는 파일입니다.";

export function damaged(detail: string): PackageRefused {
  return new PackageRefused(DAMAGED, detail);
}
