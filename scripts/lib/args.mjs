/**
 * The arguments every script takes, `[--root DIR] [slug…]`, plus the script's own
 * `options` (node:util parseArgs: an unknown option throws, naming it).
 */
import { resolve } from "node:path";
import { parseArgs as parse } from "node:util";
import { ROOT } from "./manifest.mjs";

export function parseArgs(options = {}, args = process.argv.slice(2)) {
  const { values, positionals } = parse({
    args,
    options: { root: { type: "string" }, ...options },
    allowPositionals: true,
  });
  return { ...values, root: values.root === undefined ? ROOT : resolve(values.root), slugs: positionals };
}
