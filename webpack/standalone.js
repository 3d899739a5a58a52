// `npm run build:standalone` (webpack --env standalone): three builds, in this order.
//  1. the page's worker (every read, check and write) into build/standalone/worker.js;
//  2. the page, dist/pledge-check.html, with the worker's code inlined as text and every
//     script inlined into the HTML (InlinePagePlugin), so it is one self-contained file;
//  3. the command line as one file, dist/pledge-check.cjs, for a PC with Node but no registry.
"use strict";
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { InlinePagePlugin } = require("./inlinePage");

const root = path.resolve(__dirname, "..");
const WORKER_DIR = path.join(root, "build", "standalone");
const SHIMS = path.join(root, "src", "standalone", "shims");
/** Node built-ins the command line's modules import; the page never reaches them (shims/README.md). */
const REAL_SHIMS = { path: "path.js", zlib: "zlib.js" };

const typescript = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
};

function common(mode, name) {
  return {
    name,
    mode,
    context: root,
    devtool: false,
    // The command line imports "./x.js" lazily (NodeNext); the source is x.ts.
    resolve: { extensions: [".ts", ".tsx", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
    performance: { hints: false },
    // The add-in build cleans dist/; these builds leave everything but their own files alone.
    output: { clean: false },
  };
}

function workerTarget(mode, workerDir) {
  return {
    ...common(mode, "standalone-worker"),
    target: "webworker",
    entry: { worker: "./src/standalone/worker/index.ts" },
    output: { path: workerDir, filename: "worker.js", clean: true },
    module: { rules: [typescript] },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        const name = resource.request.replace(/^node:/, "").split("/")[0];
        resource.request = path.join(SHIMS, REAL_SHIMS[name] || "unavailable.js");
      }),
      new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    ],
  };
}

function pageTarget(mode, dist, WORKER) {
  return {
    ...common(mode, "standalone-page"),
    dependencies: ["standalone-worker"],
    target: "web",
    entry: { "pledge-check": "./src/standalone/index.tsx" },
    output: { path: dist, filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".tsx", ".js"], alias: { "pledge-check-worker$": WORKER } },
    module: { rules: [typescript, { test: (file) => file === WORKER, type: "asset/source" }] },
    plugins: [
      new HtmlWebpackPlugin({ filename: "pledge-check.html", template: "./src/standalone/standalone.html", inject: "body", scriptLoading: "blocking", minify: false }),
      new InlinePagePlugin("pledge-check.html"),
      // One file: a lazily loaded piece (the pane's 이전 제출본과 비교 reader) is part of it too.
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    ],
  };
}

function cliTarget(mode, dist) {
  return {
    ...common(mode, "standalone-cli"),
    target: "node20",
    entry: { "pledge-check": "./src/cli/bundle.ts" },
    output: { path: dist, filename: "[name].cjs", library: { type: "commonjs2" }, clean: false },
    module: { rules: [typescript] },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
    optimization: { minimize: false },
  };
}

/** `out` (default dist/) and `work` (the worker's folder) let a test build elsewhere. */
module.exports = (argv, { out = path.join(root, "dist"), work = WORKER_DIR } = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  return [workerTarget(mode, work), pageTarget(mode, out, path.join(work, "worker.js")), cliTarget(mode, out)];
};
