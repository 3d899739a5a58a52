// ESLint rule `boundary/imports`: dependencies point toward the core. Each file matched by a
// config block gets options saying which repository folders and packages it may import:
//   { allowFolders: ["src/core"], allowPackages: false }   src/core imports only src/core
//   { purePackages: ["es-hangul"] }   …and the few pure packages named (no DOM, Node or Office import)
//   { forbidFolders: ["src/taskpane"], forbidPackages: ["react"] }   an adapter never imports the UI
// Relative paths are resolved against the importing file, so `../excel` from src/core/x.ts is
// caught however it is spelled. Checks static and dynamic imports, re-exports, `import x =
// require()`, require() calls and `/// <reference types>` comments.
import path from "node:path";

const folderList = { type: "array", items: { type: "string" } };

/** @type {import("eslint").Rule.RuleModule} */
export const importBoundary = {
  meta: {
    type: "problem",
    docs: { description: "Keep src/core free of everything outside it, and the adapters free of the UI." },
    schema: [
      {
        type: "object",
        properties: {
          root: { type: "string" },
          allowFolders: folderList,
          forbidFolders: folderList,
          allowPackages: { type: "boolean" },
          // Pure packages the folder may still import when allowPackages is false (no DOM, Node or Office).
          purePackages: folderList,
          forbidPackages: folderList,
          reason: { type: "string" },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      folder: "'{{source}}' reaches {{target}}, outside what this folder may import. {{reason}}",
      package: "'{{source}}' is a package; this folder may not import packages. {{reason}}",
      forbiddenPackage: "'{{source}}' may not be imported here. {{reason}}",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const root = options.root ?? context.cwd;
    const reason = options.reason ?? "";
    const where = (at) => (at.type ? { node: at } : { loc: at.loc });
    const inFolder = (rel, folder) => rel === folder || rel.startsWith(`${folder}/`);

    /** `at` is a node, or `{ loc }` for a comment. */
    function check(at, source) {
      if (typeof source !== "string") return;
      if (source.startsWith(".") || source.startsWith("/")) {
        const target = path.relative(root, path.resolve(path.dirname(context.filename), source)).split(path.sep).join("/");
        const allowed = options.allowFolders ? options.allowFolders.some((f) => inFolder(target, f)) : true;
        const forbidden = (options.forbidFolders ?? []).some((f) => inFolder(target, f));
        if (!allowed || forbidden) context.report({ ...where(at), messageId: "folder", data: { source, target, reason } });
        return;
      }
      const pure = (options.purePackages ?? []).some((p) => source === p || source.startsWith(`${p}/`));
      if (options.allowPackages === false && !pure) {
        context.report({ ...where(at), messageId: "package", data: { source, reason } });
        return;
      }
      const forbidden = (options.forbidPackages ?? []).some((p) => source === p || source.startsWith(`${p}/`));
      if (forbidden) context.report({ ...where(at), messageId: "forbiddenPackage", data: { source, reason } });
    }

    const fromSource = (node) => {
      if (node.source) check(node.source, node.source.value);
    };
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node.source, node.source.value);
      },
      TSImportEqualsDeclaration(node) {
        const ref = node.moduleReference;
        if (ref.type === "TSExternalModuleReference") check(ref.expression, ref.expression.value);
      },
      TSImportType(node) {
        const arg = node.argument?.literal ?? node.argument;
        if (arg?.type === "Literal") check(node, arg.value);
      },
      CallExpression(node) {
        const [first] = node.arguments;
        if (node.callee.type === "Identifier" && node.callee.name === "require" && first?.type === "Literal") check(first, first.value);
      },
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const match = /^\/\s*<reference\s+(types|path)\s*=\s*["']([^"']+)["']/.exec(comment.value);
          if (comment.type !== "Line" || !match) continue;
          const [, kind, source] = match;
          check({ loc: comment.loc }, kind === "path" && !source.startsWith(".") ? `./${source}` : source);
        }
      },
    };
  },
};

export default { rules: { imports: importBoundary } };
