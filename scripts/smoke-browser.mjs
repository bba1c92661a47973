#!/usr/bin/env node
/**
 * pnpm smoke:browser [slug]   (default: voxfra)
 *
 * The vendor client in a real browser, as a web app would ship it: packs the
 * vendor package and its @voiceapis dependencies, installs the tarballs with npm
 * into a fresh project under the system temp dir, bundles a small page with
 * esbuild (browser platform), serves it from 127.0.0.1 and opens it in headless
 * Chromium (Debian's /usr/bin/chromium, or $CHROMIUM_PATH) through playwright-core.
 * The page calls the vendor's Prism mock cross-origin (the mock answers CORS):
 * one call and a short paginated walk. Passes when the page shows the same data
 * the mock gives Node. The screenshot is kept as artifacts/smoke-browser-<slug>.png.
 * Run `pnpm build` first.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { ROOT } from "./lib/manifest.mjs";
import { pack, workspacePackages } from "./lib/packages.mjs";
import { startPrism } from "@voiceapis/contract-harness/prism";
import { smokeCall } from "./smoke/calls.mjs";
import { installConsumer } from "./smoke/consumer.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const slug = parseArgs({ allowPositionals: true }).positionals[0] ?? "voxfra";

/** The page's script: the same call and walk as the Node smoke test, written into the DOM. */
function pageSource(c, pkgName) {
  const js = JSON.stringify;
  return `import { ${c.create} } from ${js(pkgName)};

const out = document.getElementById("result");
try {
  const baseUrl = new URL(location.href).searchParams.get("mock");
  const client = ${c.create}({ ...${js({ ...c.options, apiKey: c.apiKey, throwOnError: true, maxRetries: 0, timeout: 15_000 })}, baseUrl });
  const { data } = await client.${c.call.method}(${js(c.call.path)}, ${js(c.call.init ?? {})});
  let items = 0;
  ${c.paginate ? `for await (const _item of client.paginate(${js(c.paginate.path)}, ${js({ ...c.paginate.init, maxPages: 2, maxItems: 20 })})) items++;` : ""}
  out.textContent = JSON.stringify({ items, data }, null, 2);
  document.body.dataset.status = "done";
} catch (error) {
  out.textContent = \`\${error && error.name}: \${error && error.message}\`;
  document.body.dataset.status = "failed";
}
`;
}

const html = (pkgName) => `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>${pkgName} in a browser</title>
<style>body { font: 14px system-ui, sans-serif; margin: 2rem; } pre { background: #f4f4f4; padding: 1rem; white-space: pre-wrap; }</style>
<h1>${pkgName} in a browser</h1>
<p>One call and a paginated walk against the vendor's Prism mock.</p>
<pre id="result">loading…</pre>
<script type="module" src="/page.js"></script>
</html>
`;

function serve(files) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    if (path === "/favicon.ico") return res.writeHead(204).end();
    const file = files[path === "/" ? "/index.html" : path];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function main() {
  const started = Date.now();
  const all = workspacePackages();
  const pkg = all.find((p) => p.slug === slug && p.vendor);
  if (!pkg) throw new Error(`No vendor package packages/${slug}.`);
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  const needed = [...all.filter((p) => pkg.internalDeps.includes(p.name)), pkg];
  for (const p of needed)
    if (!existsSync(join(p.dir, "dist", "index.js")))
      throw new Error(`${p.name} is not built. Run \`pnpm build\` first.`);

  const tmp = mkdtempSync(join(tmpdir(), "voiceapis-smoke-browser-"));
  const dir = join(tmp, "app");
  let mock;
  let server;
  let browser;
  try {
    const tarballs = await Promise.all(
      needed.map(async (p) => ({ name: p.name, version: p.version, tarball: await pack(p, tmp) })),
    );
    const problems = await installConsumer(dir, tarballs);
    if (problems.length) throw new Error(problems.join("\n"));

    mock = await startPrism({ spec: join(dir, "node_modules", pkg.name, "dist", "openapi.yaml") });
    const c = smokeCall(slug, join(dir, "node_modules", pkg.name, "dist", "openapi.yaml"));
    const installed = await import(pathToFileURL(createRequire(join(dir, "package.json")).resolve(pkg.name)).href);
    c.apiKey ??= `${installed[slug]?.prefix ?? ""}smoke_test`;

    // What the mock answers Node, through the same installed client: the page must show the same.
    const nodeClient = installed[c.create]({
      ...c.options,
      apiKey: c.apiKey,
      baseUrl: mock.url,
      throwOnError: true,
      maxRetries: 0,
    });
    const { data: expected } = await nodeClient[c.call.method](c.call.path, c.call.init ?? {});

    writeFileSync(join(dir, "page.mjs"), pageSource(c, pkg.name));
    const bundle = await build({
      entryPoints: [join(dir, "page.mjs")],
      absWorkingDir: dir,
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      write: false,
      logLevel: "silent",
    });
    const pageJs = bundle.outputFiles[0].contents;
    server = await serve({
      "/index.html": { type: "text/html; charset=utf-8", body: html(pkg.name) },
      "/page.js": { type: "text/javascript; charset=utf-8", body: pageJs },
    });
    const pageUrl = `http://127.0.0.1:${server.address().port}/?mock=${encodeURIComponent(mock.url)}`;

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const logs = [];
    page.on("console", (m) => logs.push(`console.${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => logs.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => logs.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`));
    await page.goto(pageUrl);
    await page.waitForSelector("body[data-status]", { timeout: 30_000 });
    const status = await page.getAttribute("body", "data-status");
    const text = await page.textContent("#result");
    const shot = join(ROOT, "artifacts", `smoke-browser-${slug}.png`);
    mkdirSync(join(ROOT, "artifacts"), { recursive: true });
    await page.screenshot({ path: shot, fullPage: true });

    const failures = [];
    let shown;
    if (status !== "done") failures.push(`the page failed: ${text}`);
    else {
      shown = JSON.parse(text);
      if (!isDeepStrictEqual(shown.data, JSON.parse(JSON.stringify(expected))))
        failures.push(`the page shows other data than the mock gave Node:\n${text.slice(0, 800)}`);
      if (c.call.expect && !text.includes(c.call.expect)) failures.push(`the page does not show "${c.call.expect}"`);
      if (c.paginate && !(shown.items > 0))
        failures.push(`the paginated walk of ${c.paginate.path} gave ${shown.items} items`);
    }
    const version = browser.version();
    console.table({
      [pkg.name]: {
        browser: `Chromium ${version}`,
        "page.js (min)": `${(pageJs.length / 1024).toFixed(1)} kB`,
        call: `${c.call.method} ${c.call.path}`,
        items: shown?.items ?? "-",
        result: failures.length ? "FAIL" : "ok",
      },
    });
    console.log(`screenshot: ${shot.slice(ROOT.length + 1)}`);
    if (failures.length) {
      console.error(`\n${failures.join("\n")}\n${logs.join("\n")}`);
      process.exitCode = 1;
    } else {
      console.log(`Browser smoke test passed for ${pkg.name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  } finally {
    await browser?.close();
    server?.close();
    await mock?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`smoke:browser could not run.\n${error.stack ?? error.message}`);
  process.exit(1);
});
