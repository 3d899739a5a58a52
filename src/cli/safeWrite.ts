// Writing outputs without ever touching an input, and never leaving half a file.
// An output is refused when it is an input under another name (same real path, or the
// same device and inode: a symlink or a hard link). Bytes go to a temporary file in the
// target folder, which is then renamed over the target; a failure removes it.
import { randomBytes } from "node:crypto";
import { open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { withParticle } from "../core/josa";
import { markOf, type OutputKind } from "./marker";
import { makeFolder } from "./outFolder";
import { SharedFormulaUnwritable } from "./sharedFormulas";

/** Real path and inode of a file, as far as it exists. */
export interface FileIdentity {
  path: string;
  real: string;
  inode: string | null;
}

export async function identify(path: string): Promise<FileIdentity> {
  const info = await stat(path).catch(() => null);
  // A file that does not exist yet: the real folder plus its name.
  const real = await realpath(path).catch(async () => join(await realpath(dirname(path)).catch(() => resolve(dirname(path))), basename(path)));
  return { path, real, inode: info ? `${info.dev}:${info.ino}` : null };
}

/** The input this output would overwrite, or null. */
export async function inputAt(output: string, inputs: readonly FileIdentity[]): Promise<FileIdentity | null> {
  const target = await identify(output);
  return inputs.find((input) => input.real === target.real || (input.inode !== null && input.inode === target.inode)) ?? null;
}

export class OutputIsInput extends Error {
  constructor(readonly output: string, readonly input: string) {
    super(`${withParticle(`'${output}'`, "은/는")} 원본 파일 ${withParticle(`'${input}'`, "와/과")} 같은 파일이라(링크 포함) 쓰지 않았습니다. 원본은 바꾸지 않습니다.`);
  }
}

/** A file already at the output's place that pledge-check did not write (no mark of this kind). */
export class NotOurs extends Error {
  constructor(readonly output: string, kind: OutputKind) {
    super(`'${output}'에는 공약 점검이 쓴 ${kind}이 아닌 파일이 이미 있어 덮어쓰지 않았습니다. 그 파일을 옮기거나 다른 --out 폴더를 지정하세요.`);
  }
}

/**
 * Writes `bytes` at `path` through a temporary file in the same folder and a rename. With
 * `kind`, a file already there is replaced only when pledge-check marked it as that kind.
 */
export async function writeAtomically(path: string, bytes: Uint8Array, inputs: readonly FileIdentity[], kind?: OutputKind): Promise<void> {
  await makeFolder(dirname(path));
  const clash = await inputAt(path, inputs);
  if (clash) throw new OutputIsInput(path, clash.path);
  if (kind !== undefined && (await stat(path).catch(() => null)) !== null && (await markOf(path)) !== kind) throw new NotOurs(path, kind);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Why a write failed, as a Korean sentence; the English cause goes to --verbose. */
export function writeProblem(error: unknown): string {
  if (error instanceof OutputIsInput || error instanceof NotOurs || error instanceof SharedFormulaUnwritable) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return "디스크 공간이 부족합니다. 이전에 쓴 파일은 그대로 두었습니다.";
    case "EACCES":
    case "EPERM":
      return "출력 폴더에 쓸 권한이 없습니다.";
    case "EROFS":
      return "출력 폴더가 읽기 전용입니다.";
    case "ENOTDIR":
    case "EEXIST":
      return "출력 폴더 자리에 같은 이름의 파일이 있습니다.";
    case "EISDIR":
      return "쓸 자리에 같은 이름의 폴더가 있습니다.";
    default:
      return "쓰는 중 예상하지 못한 문제가 생겼습니다 (--verbose로 원인을 볼 수 있습니다).";
  }
}
