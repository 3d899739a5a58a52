// Runs the command line in-process with captured output, and spawns the real bin.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

export const REPO = join(__dirname, "..", "..");
export const FIXTURES = join(__dirname, "..", "fixtures", "workbooks");

/** The real `bin/pledge-check.js` in a child process (about half a second each). */
export function spawnCli(...argv: string[]): CliRun {
  const child = spawnSync(process.execPath, [join(REPO, "bin", "pledge-check.js"), ...argv], {
    cwd: REPO,
    encoding: "utf8",
  });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
