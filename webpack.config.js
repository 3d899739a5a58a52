/* eslint-disable no-undef */
// Two targets. The add-in — only what Excel loads: task pane, function file, manifest,
// icons — into dist/. The browser preview (the pane over the in-memory Excel) is a
// separate target, built only when asked for (--env preview), into dist-preview/.
//
//   npm run build          the add-in; office.js from Microsoft's CDN
//   npm run build -- --env officejs=local
//                          closed networks: serve the npm copy of office.js from dist/office-js/
//                          (it lacks newer APIs such as notes; see README "The Excel add-in")
//   npm run dev-server     https://localhost:3000 (office-addin-dev-certs), http if no certs
//   npm run preview        the preview on http://localhost:3000/preview.html
//   npm run build:preview  the preview into dist-preview/
//   webpack --env http     force plain http for the dev server
//   npm run build:standalone
//                          dist/pledge-check.html (the one-file 점검 페이지) and dist/pledge-check.cjs
//   webpack --env base=https://intranet.example/pledge-check/
//                          also rewrite the https://localhost:3000/ URLs in dist/manifest.xml
"use strict";
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const PORT = 3000;
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/package.json")) + "/dist";

// Microsoft supports only the CDN copy of office.js for the numbered requirement sets
// ("Referencing the Office JavaScript API library", learn.microsoft.com/office/dev/add-ins/
// develop/referencing-the-javascript-api-for-office-library-from-its-cdn); its template loads
// it from there, and so does the default build.
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

// --env officejs=local: office.js is served with the add-in (dist/office-js/) for closed
// networks. office.js loads, from its own folder, the host file for the running Excel
// (excel-web-16.00.js, excel-win32-16.01.js, ...), the app-to-file table, the locale's
// office_strings.js and a few helpers; only those are copied (the Word/Outlook/... files
// and debug builds would add about 60 MB). That npm copy lags the CDN (1.1.110 has no
// notes API); the adapter checks the loaded library before using a newer member.
const OFFICE_JS_SKIP = /\.debug\.js$|vsdoc|\.d\.ts$|^outlook_strings\.js$|^(access|custom-functions|onenote|outlook|powerpoint|project|visio|word)|^html2canvas\.js$/;
const OFFICE_JS_PATTERN = {
  from: OFFICE_JS_DIST,
  to: "office-js",
  // Already minified by Microsoft: serve the files byte for byte, don't run Terser on them.
  info: { minimized: true },
  // A filter, not globOptions.ignore: copy-webpack-plugin 14 (tinyglobby) ignored those
  // patterns for an absolute `from` and shipped all 86 MB.
  filter: (file) => !OFFICE_JS_SKIP.test(path.basename(file)),
};

/** Serves https with the Office dev certificates; falls back to http when they are unavailable. */
async function devServerProtocol(env) {
  if (env.http) return { type: "http" };
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    // Office only loads https add-ins; http is still fine for the browser preview.
    console.warn(
      `office-addin-dev-certs could not provide a certificate (${error && error.message}); ` +
        `serving http://localhost:${PORT}/ — open preview.html in a browser, or install the ` +
        `certificates with "npx office-addin-dev-certs install" to sideload in Excel.`,
    );
    return { type: "http" };
  }
}

/** The manifest with the dev server's URLs replaced: pages under `base`, AppDomain its origin. */
function deployedManifest(xml, base) {
  const origin = new URL(base).origin;
  return xml.split(DEV_URL).join(base).split(DEV_URL.replace(/\/$/, "")).join(origin);
}

/** An HTML page; its template may use `<%= officeJs %>` for office.js's script URL. */
function page(name, template, chunks, officeJs) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, templateParameters: { officeJs } });
}

/** Where the pages load office.js from: "cdn" (default) or "local". */
function officeJsSource(env) {
  const source = env.officejs ? String(env.officejs) : "cdn";
  if (source !== "cdn" && source !== "local") throw new Error(`--env officejs=${source}: use cdn or local`);
  return source;
}

function addinTarget(env, base) {
  const local = officeJsSource(env) === "local";
  const officeJs = local ? "office-js/office.js" : OFFICE_JS_CDN;
  return {
    name: "addin",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    outputPath: path.resolve(__dirname, "dist"),
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"], officeJs),
      page("commands", "./src/commands/commands.html", ["commands"], officeJs),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...(local ? [OFFICE_JS_PATTERN] : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (base ? deployedManifest(content.toString(), base) : content),
          },
        ],
      }),
    ],
  };
}

/** The pane without Excel, over the in-memory Excel; never part of the add-in's dist/. */
function previewTarget() {
  return {
    name: "preview",
    entry: { preview: "./src/preview/index.tsx" },
    outputPath: path.resolve(__dirname, "dist-preview"),
    plugins: [page("preview", "./src/preview/preview.html", ["preview"], null)],
  };
}

module.exports = async (env = {}, argv = {}) => {
  // The standalone page and the one-file command line (webpack/standalone.js).
  if (env.standalone) return require("./webpack/standalone")(argv);
  const dev = argv.mode !== "production";
  const base = env.base ? String(env.base).replace(/\/?$/, "/") : null;
  const serving = Boolean(env.WEBPACK_SERVE);
  const target = env.preview ? previewTarget() : addinTarget(env, base);

  return {
    name: target.name,
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: target.entry,
    output: {
      path: target.outputPath,
      filename: "[name].js",
      // The standalone page and command line (npm run build:standalone) share dist/.
      clean: { keep: /^pledge-check\./ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors are caught by `npm run typecheck`; the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: target.plugins,
    performance: { hints: false },
    devServer: serving
      ? {
          // Only this machine: Office sideloads from localhost.
          host: "localhost",
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServerProtocol(env),
          port: PORT,
        }
      : undefined,
  };
};

// For test/manifest.test.ts: the deployed manifest must still validate.
module.exports.deployedManifest = deployedManifest;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
