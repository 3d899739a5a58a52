/* eslint-disable no-undef */
// Builds the add-in (task pane + function file) and the browser preview into dist/.
//
//   npm run build          production build, works offline
//   npm run dev-server     https://localhost:3000 (office-addin-dev-certs), http if no certs
//   webpack --env http     force plain http for the dev server
//   webpack --env base=https://intranet.example/pledge-check/
//                          also rewrite the https://localhost:3000/ URLs in dist/manifest.xml
"use strict";
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const PORT = 3000;
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/package.json")) + "/dist";

// office.js is served with the add-in (dist/office-js/) so the pane also works on closed
// networks. office.js loads, from its own folder, the host file for the running Excel
// (excel-web-16.00.js, excel-win32-16.01.js, ...), the app-to-file table, the locale's
// office_strings.js and a few helpers; only those are copied (the Word/Outlook/... files
// and debug builds would add about 60 MB). To use Microsoft's CDN instead, point the
// script tag in the HTML templates at https://appsforoffice.microsoft.com/lib/1/hosted/office.js
// and drop this pattern.
const OFFICE_JS_PATTERN = {
  from: OFFICE_JS_DIST,
  to: "office-js",
  // Already minified by Microsoft: serve the files byte for byte, don't run Terser on them.
  info: { minimized: true },
  globOptions: {
    ignore: [
      "**/*.debug.js",
      "**/*vsdoc*",
      "**/*.d.ts",
      "**/outlook_strings.js",
      "**/{access,custom-functions,onenote,outlook,powerpoint,project,visio,word}*",
      "**/html2canvas.js",
    ],
  },
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

function page(name, template, chunks) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks });
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const base = env.base ? String(env.base).replace(/\/?$/, "/") : null;
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
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
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("commands", "./src/commands/commands.html", ["commands"]),
      page("preview", "./src/preview/preview.html", ["preview"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          OFFICE_JS_PATTERN,
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (base ? deployedManifest(content.toString(), base) : content),
          },
        ],
      }),
    ],
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
