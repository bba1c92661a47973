#!/usr/bin/env node
/**
 * pnpm check:docs
 *
 * Builds the API reference (`pnpm docs`) and opens every page in headless
 * Chromium (Debian's /usr/bin/chromium, or $CHROMIUM_PATH) through playwright-core.
 * Fails on a console error, an uncaught page error, a request that leaves the
 * page (the references must work offline), an index without a row per vendor,
 * or a reference that does not show what its spec holds:
 *  - its introduction lists the deprecated operations and every assumption;
 *  - the side menu has a group per tag, the first tag shows an operation and lists
 *    all of that tag's operations; webhooks, when the spec has them, likewise;
 *  - a deprecated operation carries the "Deprecated" badge;
 *  - an operation with an assumption shows it.
 * Keeps one screenshot per vendor (that operation) as artifacts/docs-<slug>.png.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { buildDocs, DOCS_DIR } from "./docs.mjs";
import { ROOT } from "./lib/manifest.mjs";
import { mapLimit } from "./lib/packages.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
/** Redoc's "API docs by Redocly" badge loads its logo from Redocly's CDN; the check answers it with an empty image. */
const REDOC_LOGO = /^https:\/\/cdn\.redoc\.ly\/redoc\/logo[\w-]*\.svg$/;
const MENU_ITEM = "[data-component-name='Menu/MenuItem']";

/** Operations (paths and webhooks) by tag, in spec order. */
function operationsByTag(spec) {
  const byTag = new Map();
  for (const root of ["paths", "webhooks"]) {
    for (const item of Object.values(spec[root] ?? {})) {
      for (const [, op] of Object.entries(item).filter(([k]) => METHODS.has(k))) {
        const tag = op.tags?.[0] ?? "default";
        if (!byTag.has(tag)) byTag.set(tag, []);
        byTag.get(tag).push(op);
      }
    }
  }
  return byTag;
}

/** Opens a page and collects its console errors, page errors and outside requests. */
async function open(context, url) {
  const page = await context.newPage();
  const problems = [];
  // The location names the file a "Failed to load resource" error is about.
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const at = m.location()?.url;
    problems.push(`console error: ${m.text()}${at ? ` (${at})` : ""}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.route(/^(https?|wss?):/, (route) => {
    const url = route.request().url();
    if (REDOC_LOGO.test(url))
      return route.fulfill({ contentType: "image/svg+xml", body: "<svg xmlns='http://www.w3.org/2000/svg'/>" });
    problems.push(`requested ${url}`);
    return route.abort();
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, problems };
}

/** Shows the route `hash` and waits until the operation or group it names is rendered. */
async function show(page, hash, selector) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  return page
    .waitForSelector(selector, { timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
}

/** The problems of one vendor's reference; takes its screenshot. */
async function checkReference(context, vendor) {
  const { page, problems } = await open(context, pathToFileURL(vendor.file).href);
  try {
    await page.waitForSelector(MENU_ITEM, { timeout: 20_000 });
    const intro = await page.textContent("body");
    if (!intro.includes(vendor.title)) problems.push(`the introduction does not show the title "${vendor.title}"`);
    if (vendor.deprecated.length && !intro.includes("Deprecated operations"))
      problems.push("the introduction does not list the deprecated operations");
    if (!intro.includes("What the vendor's docs did not say"))
      problems.push("the introduction does not have the list of assumptions");
    const listed = await page.$$eval("li", (items) => items.map((li) => li.textContent));
    const missing = vendor.notes.filter((n) => !listed.some((text) => text.startsWith(`${n.place} (`)));
    if (missing.length)
      problems.push(`the introduction does not list ${missing.length} notes, first: ${missing[0].place}`);

    const menu = await page.$$eval(`${MENU_ITEM} > a`, (links) =>
      links.map((a) => ({
        href: a.getAttribute("href"),
        label: a.querySelector("[data-text]")?.getAttribute("data-text"),
      })),
    );
    const byTag = operationsByTag(vendor.spec);
    const hrefOf = (tag) => menu.find((m) => m.label === tag && /^\/[^/]+$/.test(m.href) && m.href !== "/")?.href;
    const absent = [...byTag.keys()].filter((tag) => !hrefOf(tag));
    if (absent.length) problems.push(`the menu has no group for tag(s) ${absent.join(", ")}`);

    const opHash = (tag, op) => `${hrefOf(tag)}/${op.operationId.toLowerCase()}`;
    const rendered = (hash) => `[data-section-id="${hash}"][data-item-kind]`;
    const visitGroup = async (tag) => {
      const ops = byTag.get(tag);
      if (!hrefOf(tag)) return;
      if (!(await show(page, `#${hrefOf(tag)}`, rendered(opHash(tag, ops[0])))))
        return problems.push(`tag ${tag} shows no operation`);
      const entries = await page.$$eval(
        `${MENU_ITEM} > a[href^="#${hrefOf(tag)}/"]`,
        (links) => new Set(links.map((a) => a.getAttribute("href"))).size,
      );
      if (entries !== ops.length) problems.push(`tag ${tag} lists ${entries} operations; the spec has ${ops.length}`);
    };
    const [firstTag] = byTag.keys();
    await visitGroup(firstTag);
    const webhookTag = Object.values(vendor.spec.webhooks ?? {})
      .flatMap((item) => Object.values(item))
      .find((op) => op?.operationId)?.tags?.[0];
    if (webhookTag && webhookTag !== firstTag) await visitGroup(webhookTag);

    const all = [...byTag].flatMap(([tag, ops]) => ops.map((op) => ({ tag, op })));
    const old = all.find(({ op }) => op.deprecated);
    if (old) {
      const hash = opHash(old.tag, old.op);
      if (!(await show(page, `#${hash}`, rendered(hash)))) problems.push(`${old.op.operationId} is not shown`);
      else if (
        !(await page
          .locator(`[data-section-id="${hash}"] [data-component-name="Tag/Tag"]`)
          .filter({ hasText: /^\s*deprecated\s*$/i })
          .first()
          .isVisible())
      )
        problems.push(`the deprecated ${old.op.operationId} has no "Deprecated" badge`);
    }
    const noted = all.find(({ op }) => op["x-assumption"]) ?? all[0];
    const hash = opHash(noted.tag, noted.op);
    if (!(await show(page, `#${hash}`, rendered(hash)))) problems.push(`${noted.op.operationId} is not shown`);
    else if (noted.op["x-assumption"]) {
      const plain = (s) => s.replace(/[`*_]/g, "").replace(/\s+/g, " ");
      const text = plain(await page.locator(`[data-section-id="${hash}"]`).textContent());
      if (!text.includes(plain(`Assumption: ${noted.op["x-assumption"]}`).slice(0, 80)))
        problems.push(`${noted.op.operationId} does not show its assumption`);
    }
    await page.screenshot({ path: join(ROOT, "artifacts", `docs-${vendor.slug}.png`) });
  } finally {
    await page.close();
  }
  return problems;
}

/** The problems of the index page. */
async function checkIndex(context, built) {
  const { page, problems } = await open(context, pathToFileURL(join(DOCS_DIR, "index.html")).href);
  try {
    for (const v of built) {
      const row = page.locator(`tr[data-vendor="${v.slug}"]`);
      if ((await row.count()) !== 1) {
        problems.push(`no row for ${v.slug}`);
        continue;
      }
      const text = await row.textContent();
      for (const want of [
        `npm install ${v.packageName}`,
        `${v.operations} operation`,
        `pnpm mock ${v.slug}`,
        `--port ${v.mockPort}`,
      ])
        if (!text.includes(want)) problems.push(`the ${v.slug} row does not show "${want}"`);
      if ((await row.locator(`a[href="${v.slug}.html"]`).count()) !== 1) problems.push(`the ${v.slug} row has no link`);
    }
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  const started = Date.now();
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  // Chromium starts while the pages build.
  const launching = chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  let built;
  try {
    built = await buildDocs();
  } catch (error) {
    await launching.then((b) => b.close()).catch(() => {});
    throw error;
  }
  const builtIn = Date.now() - started;
  const browser = await launching;
  const failures = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
    for (const problem of await checkIndex(context, built)) failures.push(`index.html: ${problem}`);
    await mapLimit(built, 2, async (vendor) => {
      const t = Date.now();
      const problems = await checkReference(context, vendor);
      for (const problem of problems) failures.push(`${vendor.slug}.html: ${problem}`);
      console.log(
        `${problems.length ? "✗" : "✓"} ${vendor.slug}: ${vendor.operations} operations, ${vendor.webhooks} webhooks, ` +
          `${vendor.deprecated.length} deprecated, ${vendor.notes.length} notes (${seconds(Date.now() - t)})`,
      );
    });
  } finally {
    await browser.close();
  }
  console.log(`built in ${seconds(builtIn)}, checked in ${seconds(Date.now() - started - builtIn)}`);
  if (failures.length) {
    console.error(`check:docs found ${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`check:docs: ${built.length} references and the index render; screenshots in artifacts/docs-<slug>.png`);
}

main().catch((error) => {
  console.error(`check:docs failed: ${error.stack ?? error}`);
  process.exit(1);
});
