#!/usr/bin/env node
/**
 * pnpm docs [slug…]   (default: every vendor in redocly.yaml)
 *
 * Builds a browsable HTML API reference per vendor from its bundled spec
 * (packages/<slug>/src/generated/openapi.yaml) with Redocly's `build-docs`, one
 * self-contained page each (the renderer inlined, Redocly's telemetry off), plus an index
 * page: artifacts/docs/index.html and artifacts/docs/<slug>.html (git-ignored).
 * The spec each page renders is a docs-only copy in which our notes
 * (`x-assumption`, `x-partial-docs`, `x-doc-status`) are part of the descriptions
 * (scripts/lib/docs-spec.mjs); the spec files are not changed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { indexPage } from "./lib/docs-index.mjs";
import { docsSpec } from "./lib/docs-spec.mjs";
import { ROOT, selectVendors } from "./lib/manifest.mjs";
import { mapLimit, run } from "./lib/packages.mjs";
import { PRISM_VERSION } from "@voiceapis/contract-harness/prism";

const require = createRequire(import.meta.url);
const REDOCLY = join(require.resolve("@redocly/cli/package.json"), "..", "bin", "cli.js");

export const DOCS_DIR = join(ROOT, "artifacts", "docs");

/**
 * Builds the references of `slugs` (all when empty) and the index into `outDir`.
 * @returns {Promise<{ slug: string, file: string, title: string, spec: any, operations: number, webhooks: number,
 *   deprecated: string[], notes: { text: string, place: string }[], packageName: string }[]>}
 */
export async function buildDocs(slugs = [], outDir = DOCS_DIR) {
  const chosen = selectVendors(slugs);
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "voiceapis-docs-"));
  try {
    const built = await mapLimit(chosen, 2, async (vendor) => {
      const bundled = parse(readFileSync(join(ROOT, vendor.generatedDir, "openapi.yaml"), "utf8"));
      const view = docsSpec(bundled);
      const specFile = join(work, `${vendor.slug}.json`);
      writeFileSync(specFile, JSON.stringify(view.spec));
      const file = join(outDir, `${vendor.slug}.html`);
      const title = `${bundled.info.title} reference`;
      await run(
        process.execPath,
        [REDOCLY, "build-docs", specFile, "--output", file, "--title", title, "--inlineBundle"],
        // REDOCLY_TELEMETRY=off: neither the CLI nor the page it writes reports usage to Redocly.
        { cwd: ROOT, timeoutMs: 120_000, env: { ...process.env, REDOCLY_TELEMETRY: "off" } },
      );
      const packageName = JSON.parse(readFileSync(join(ROOT, vendor.packageDir, "package.json"), "utf8")).name;
      return {
        ...view,
        slug: vendor.slug,
        file,
        title: bundled.info.title,
        version: bundled.info.version,
        packageName,
        mockPort: vendor.mockPort,
        prismVersion: PRISM_VERSION,
      };
    });
    writeFileSync(join(outDir, "index.html"), indexPage(built));
    return built;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  buildDocs(process.argv.slice(2))
    .then((built) => {
      console.table(
        built.map((b) => ({
          vendor: b.slug,
          operations: b.operations,
          webhooks: b.webhooks,
          deprecated: b.deprecated.length,
          assumptions: b.notes.length,
          page: b.file.slice(ROOT.length + 1),
        })),
      );
      console.log(`index: ${join(DOCS_DIR, "index.html")} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    })
    .catch((error) => {
      console.error(`docs failed: ${error.message}`);
      process.exit(1);
    });
}
