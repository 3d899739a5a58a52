// Builds the standalone page and the one-file command line with the project's own config
// (webpack/standalone.js) into `outDir`, as `npm run build:standalone` does, in development
// mode for speed (the production build only minifies; its size is printed by the build).
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import webpack from "webpack";

const root = resolve(__dirname, "../..");
const require = createRequire(__filename);

export async function buildStandalone(outDir: string, mode: "development" | "production" = "development"): Promise<void> {
  const configure = require(resolve(root, "webpack/standalone.js")) as (argv: object, dirs: { out: string; work: string }) => webpack.Configuration[];
  const configs = configure({ mode }, { out: outDir, work: join(outDir, "worker") });
  const stats = await new Promise<webpack.MultiStats>((done, fail) =>
    webpack(configs).run((error, result) => (error || !result ? fail(error ?? new Error("no stats")) : done(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}
