// The --out folder, decided before anything is walked or written: it must lie apart from every
// input (not an input folder, not inside one, not holding one; links resolved), and one run at a
// time writes into it (a lock file created exclusively, removed at the end).
import { constants } from "node:fs";
import { mkdir, open, readFile, realpath, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { withParticle } from "../core/josa";

/** The lock's name in the out folder; a leading dot keeps it out of people's way. */
export const LOCK_NAME = ".pledge-check.lock";

/** A path's real location; for one not yet there, its nearest existing ancestor's plus the rest. */
export async function realLocation(path: string): Promise<string> {
  const absolute = resolve(path);
  const real = await realpath(absolute).catch(() => null);
  if (real !== null) return real;
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  return join(await realLocation(parent), basename(absolute));
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep);
}

/** Why DIR cannot be the out folder for these inputs, or null. */
export async function outFolderProblem(dir: string, paths: readonly string[]): Promise<string | null> {
  const out = await realLocation(dir);
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    const real = await realLocation(path);
    if (info?.isDirectory()) {
      const folder = `'${path}'`;
      if (out === real) return `--out 폴더가 점검할 폴더 ${withParticle(folder, "와/과")} 같습니다. 원본을 덮어쓰지 않도록 그 바깥의 다른 폴더를 지정하세요.`;
      if (inside(out, real)) return `--out 폴더가 점검할 폴더 ${folder} 안에 있습니다. 원본을 덮어쓰거나 사본을 다시 점검하지 않도록 그 바깥의 다른 폴더를 지정하세요.`;
      if (inside(real, out)) return `--out 폴더 안에 점검할 폴더 ${withParticle(folder, "이/가")} 있습니다. 원본을 덮어쓰지 않도록 그 바깥의 다른 폴더를 지정하세요.`;
      continue;
    }
    const folder = dirname(real);
    if (out === folder) return `--out 폴더가 원본 파일(${path})이 있는 폴더와 같습니다. 원본을 덮어쓰지 않도록 다른 폴더를 지정하세요.`;
    if (inside(folder, out)) return `--out 폴더 안에 원본 파일(${path})이 있습니다. 원본을 덮어쓰지 않도록 그 바깥의 다른 폴더를 지정하세요.`;
  }
  return null;
}

/**
 * Creates the folder level by level. `mkdir -p` on a read-only disk reports the missing
 * parent (ENOENT), not EROFS; one level at a time gives the real cause.
 */
export async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      if ((await stat(path)).isDirectory()) return;
      throw error;
    }
    if (code !== "ENOENT" || dirname(path) === path) throw error;
    await makeFolder(dirname(path));
    await mkdir(path).catch(async (again: NodeJS.ErrnoException) => {
      if (again.code !== "EEXIST" || !(await stat(path)).isDirectory()) throw again;
    });
  }
}

export interface OutLock {
  release(): Promise<void>;
}

/** Another run holds the folder: says which, so a stale lock can be removed by hand. */
export class FolderLocked extends Error {}

/**
 * Takes the out folder for this run. A lock left by a run that no longer exists on this
 * machine (killed) is taken over; a living one is refused.
 */
export async function lockOutFolder(dir: string): Promise<OutLock> {
  await makeFolder(dir);
  const path = join(dir, LOCK_NAME);
  const stamp = `${process.pid}@${hostname()}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL);
      await handle.writeFile(stamp);
      await handle.close();
      return { release: () => unlink(path).catch(() => undefined) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = (await readFile(path, "utf8").catch(() => "")).trim();
      if (attempt > 0 || !gone(holder)) {
        throw new FolderLocked(
          `다른 pledge-check 실행이 --out 폴더 '${dir}'에 쓰는 중입니다 (잠금 파일 ${LOCK_NAME}${holder ? `, ${holder}` : ""}). 끝난 뒤 다시 실행하거나 다른 폴더를 지정하세요. 실행 중인 것이 없다면 잠금 파일을 지우세요.`,
        );
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new FolderLocked(`--out 폴더 ${withParticle(`'${dir}'`, "을/를")} 잠그지 못했습니다.`);
}

/** True when the lock names a process of this machine that has ended. */
function gone(holder: string): boolean {
  const match = /^(\d+)@(.*)$/.exec(holder);
  if (!match || match[2] !== hostname()) return false;
  try {
    process.kill(Number(match[1]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
