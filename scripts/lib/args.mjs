/** Parses `[--root DIR] [slug…]`, the arguments every script takes. */
import { resolve } from "node:path";
import { ROOT } from "./manifest.mjs";

export function parseArgs(argv = process.argv.slice(2)) {
  const slugs = [];
  let root = ROOT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--root") root = resolve(argv[++i] ?? ".");
    else if (argv[i].startsWith("-")) throw new Error(`Unknown option ${argv[i]}. Usage: [--root DIR] [slug…]`);
    else slugs.push(argv[i]);
  }
  return { root, slugs };
}
