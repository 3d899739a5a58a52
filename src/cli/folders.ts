// Two paths name one folder when their real locations agree (`./x`, `x/`, a symlink to x).
import { realpathSync } from "node:fs";
import { resolve } from "node:path";

export function sameFolder(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
