// Builds the add-in with the project's webpack config (development mode, for speed, with
// the npm copy of office.js so no request leaves the machine) into `outDir`, plus the
// in-memory Excel bundle the e2e test injects, then the preview target beside it.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import webpack from "webpack";

const root = resolve(__dirname, "../..");
const require = createRequire(__filename);

export async function buildAddin(outDir: string): Promise<void> {
  const configure = require(resolve(root, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ) => Promise<webpack.Configuration>;
  const config = await configure({ officejs: "local" }, { mode: "development" });
  config.entry = { ...(config.entry as Record<string, string>), "memory-excel": "./test/e2e/memoryExcelPage.ts" };
  await build(config, outDir, true);
  await build(await configure({ preview: true }, { mode: "development" }), outDir, false);
}

async function build(config: webpack.Configuration, outDir: string, clean: boolean): Promise<void> {
  config.context = root;
  config.devtool = false;
  config.output = { ...config.output, path: outDir, clean };
  const stats = await new Promise<webpack.Stats>((done, fail) =>
    webpack(config).run((error, result) => (error || !result ? fail(error ?? new Error("no stats")) : done(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}
