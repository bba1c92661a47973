/**
 * The API report of every package entry point (`.` and each `./sub` in its
 * exports with type declarations), made by API Extractor from the built
 * dist/*.d.ts: `api-reports/<slug>.api.md` and `api-reports/<slug>.<sub>.api.md`.
 * Every entry shares one TypeScript program, so the whole set takes one compile.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CompilerState, Extractor, ExtractorConfig } from "@microsoft/api-extractor";
import { workspacePackages } from "./packages.mjs";

export const REPORT_DIR = "api-reports";

/** Every entry point with declarations: `{ pkg, entry, dts, name }` (name = report file name without .api.md). */
export function entryPoints(root, packages = workspacePackages(root)) {
  return packages.flatMap((pkg) =>
    Object.entries(pkg.json.exports ?? { ".": pkg.json.types })
      .map(([entry, target]) => [entry, typeof target === "string" ? target : target?.import?.types])
      .filter(([, dts]) => typeof dts === "string" && dts.endsWith(".d.ts"))
      .map(([entry, dts]) => ({
        pkg,
        entry,
        dts: join(pkg.dir, dts),
        name: entry === "." ? pkg.slug : `${pkg.slug}.${entry.replace(/^\.\//, "").replaceAll("/", "-")}`,
      })),
  );
}

function extractorConfig(root, point, tempDir) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: point.pkg.dir,
      newlineKind: "lf",
      mainEntryPointFilePath: point.dts,
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            strict: true,
            skipLibCheck: true,
            target: "es2022",
            module: "nodenext",
            moduleResolution: "nodenext",
            lib: ["es2022", "dom"],
            types: [],
          },
        },
      },
      apiReport: {
        enabled: true,
        reportFolder: join(root, REPORT_DIR),
        reportTempFolder: tempDir,
        reportFileName: point.name,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: "warning" } },
        extractorMessageReporting: { default: { logLevel: "none" } },
        tsdocMessageReporting: { default: { logLevel: "none" } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(point.pkg.dir, "package.json"),
  });
}

/**
 * Runs API Extractor over every entry point. With `update`, rewrites the reports in
 * api-reports/; without, leaves them and writes the fresh ones to `tempDir` only.
 * @returns {{ name: string, file: string, fresh: string, changed: boolean, messages: string[] }[]}
 */
export function runApiExtractor(root, { update, tempDir }) {
  const points = entryPoints(root);
  const missing = points.filter((p) => !existsSync(p.dts));
  if (missing.length) throw new Error(`not built: ${missing.map((p) => p.dts).join(", ")}. Run \`pnpm build\` first.`);
  mkdirSync(join(root, REPORT_DIR), { recursive: true });
  mkdirSync(tempDir, { recursive: true });
  const configs = points.map((p) => extractorConfig(root, p, tempDir));
  const compilerState = CompilerState.create(configs[0], { additionalEntryPoints: points.map((p) => p.dts) });
  return points.map((point, i) => {
    const messages = [];
    const result = Extractor.invoke(configs[i], {
      localBuild: update,
      compilerState,
      messageCallback: (message) => {
        if (message.category === "Compiler" && (message.logLevel === "warning" || message.logLevel === "error"))
          messages.push(message.formatMessageWithLocation(root));
        message.handled = true;
      },
    });
    const file = join(root, REPORT_DIR, `${point.name}.api.md`);
    const fresh = join(tempDir, `${point.name}.api.md`);
    return { name: point.name, file, fresh, changed: result.apiReportChanged, messages };
  });
}

/** The names a report exports (`export declare function x`, `export { X }`, `export const x` …). */
export function exportedNames(report) {
  const names = new Set();
  for (const line of report.split("\n")) {
    const decl =
      /^export (?:declare )?(?:abstract )?(?:class|function|interface|type|const|let|var|enum|namespace) ([\w$]+)/.exec(
        line,
      );
    if (decl) names.add(decl[1]);
    const list = /^export \{ (.+) \}/.exec(line);
    if (list)
      for (const item of list[1].split(","))
        names.add(
          item
            .trim()
            .split(/\s+as\s+/)
            .at(-1),
        );
  }
  return names;
}

/** Reads a report file, or undefined. */
export function readReport(file) {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}
