#!/usr/bin/env node
/**
 * pnpm check:strictness [--vendor <slug>]… [slug…] [--keywords k1,k2] [--list]
 *
 * Strict requests, lenient responses (specs/CONVENTIONS.md). Bundles each
 * vendor's spec (redocly, as `pnpm generate` does), walks every schema a vendor
 * sends us (responses, response headers, webhook payloads; through $ref,
 * allOf/oneOf/anyOf, properties, items, additionalProperties) and lists each
 * added strictness: a `required` property, an `enum`, a `const`, a `pattern`, a
 * `format`, `type: integer` without `number` (integer narrowing),
 * `additionalProperties: false` or `unevaluatedProperties: false`
 * (`--keywords required,enum` checks only those).
 *
 * Each strictness needs one of two things, or the check fails:
 *   1. an `x-assumption` on the schema that holds the keyword saying why we
 *      keep it although the docs do not back it (for `required`: on the object
 *      schema or on the property, and the note must say "required"); or
 *   2. a doc basis: one line in `specs/<slug>/strictness-reviewed.yaml`, a YAML
 *      map from the candidate's key to where the docs back it, e.g.
 *        Lead.status enum: "voxys.md §4 Leads: status lists new, contacted, qualified, won, lost"
 *        ApiKeyInfo.id required: "seed 001, GET /v1/api-key: field table marks id Required"
 *      The key is `<location> <keyword>` exactly as this script prints it
 *      (scripts/lib/strictness.mjs explains locations). Sort entries by key.
 * Otherwise drop the strictness from the response schema.
 *
 * It also fails on reviewed entries that match nothing any more (stale: remove
 * them) and on entries without a basis. `--list` prints every candidate with
 * its state (marked, reviewed or unreviewed), for a review.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { parseArgs } from "./lib/args.mjs";
import { bundle } from "./lib/codegen.mjs";
import { selectVendors } from "./lib/manifest.mjs";
import { compareWithReview, findStrictness, KEYWORDS } from "./lib/strictness.mjs";

export const reviewPath = (vendor) => join("specs", vendor.slug, "strictness-reviewed.yaml");

function parseOptions(argv) {
  const {
    vendor = [],
    keywords,
    list,
    root,
    slugs,
  } = parseArgs(
    {
      vendor: { type: "string", multiple: true },
      keywords: { type: "string", default: KEYWORDS.join(",") },
      list: { type: "boolean", default: false },
    },
    argv,
  );
  const chosen = keywords.split(",").filter(Boolean);
  const unknown = chosen.filter((k) => !KEYWORDS.includes(k));
  if (unknown.length) throw new Error(`Unknown keyword ${unknown.join(", ")}. Known: ${KEYWORDS.join(", ")}.`);
  return { root, slugs: [...vendor, ...slugs], keywords: chosen, list };
}

function readReview(root, vendor) {
  const path = join(root, reviewPath(vendor));
  if (!existsSync(path)) return {};
  const parsed = parse(readFileSync(path, "utf8"));
  if (parsed == null) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed))
    throw new Error(`${reviewPath(vendor)} must be a YAML map of "<location> <keyword>": <doc basis>.`);
  return parsed;
}

/** Checks one vendor; returns the number of problems and prints them. */
async function checkVendor(root, vendor, { keywords, list }) {
  const doc = parse(await bundle(vendor, root));
  const reviewed = readReview(root, vendor);
  const all = findStrictness(doc);
  const candidates = all.filter((c) => keywords.includes(c.keyword));
  const { unreviewed, stale, empty } = compareWithReview(all, reviewed);
  const failing = unreviewed.filter((c) => keywords.includes(c.keyword));
  const marked = candidates.filter((c) => c.marked).length;
  const inReview = candidates.filter((c) => !c.marked && c.key in reviewed).length;
  const problems = failing.length + stale.length + empty.length;
  console.log(
    `${problems ? "✗" : "✓"} ${vendor.slug}: ${candidates.length} response-side strictnesses (${keywords.join(", ")}): ` +
      `${marked} marked with x-assumption, ${inReview} with a doc basis in ${reviewPath(vendor)}, ${failing.length} unreviewed; ${stale.length} stale and ${empty.length} empty review entries`,
  );
  if (list) {
    for (const c of candidates)
      console.log(`    ${c.marked ? "marked    " : c.key in reviewed ? "reviewed  " : "UNREVIEWED"}  ${c.key}`);
  } else {
    for (const c of failing) console.log(`    unreviewed  ${vendor.slug}  ${c.key}`);
  }
  for (const key of stale) console.log(`    stale       ${vendor.slug}  ${key}  (matches nothing in the spec)`);
  for (const key of empty) console.log(`    no basis    ${vendor.slug}  ${key}`);
  return problems;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  let problems = 0;
  for (const vendor of selectVendors(options.slugs, options.root))
    problems += await checkVendor(options.root, vendor, options);
  if (problems) {
    console.error(
      `\n${problems} strictness problem(s). For each unreviewed one: drop it from the response schema if the docs do not back it; ` +
        `or add "<location> <keyword>: <where the docs back it>" to specs/<slug>/strictness-reviewed.yaml; ` +
        `or put an x-assumption on the schema saying why it stays. Remove stale entries. See specs/CONVENTIONS.md.`,
    );
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`check:strictness could not run.\n${error.message}`);
  process.exit(1);
});
