/**
 * The vendor list, read from redocly.yaml (`apis:`), the single manifest of specs.
 * Each vendor gets its slug, spec path, package folder and fixed mock port.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const FIRST_MOCK_PORT = 4010;

/** Every vendor in manifest order. */
export function vendors(root = ROOT) {
  const config = parse(readFileSync(join(root, "redocly.yaml"), "utf8"));
  return Object.entries(config.apis ?? {}).map(([slug, api], index) => ({
    slug,
    spec: api.root,
    packageDir: join("packages", slug),
    generatedDir: join("packages", slug, "src", "generated"),
    mockPort: FIRST_MOCK_PORT + index,
  }));
}

/** The vendors named in `slugs` (all when empty); throws on an unknown slug. */
export function selectVendors(slugs, root = ROOT) {
  const all = vendors(root);
  if (slugs.length === 0) return all;
  return slugs.map((slug) => {
    const found = all.find((v) => v.slug === slug);
    if (!found)
      throw new Error(
        `Unknown vendor "${slug}". Known vendors (redocly.yaml apis): ${all.map((v) => v.slug).join(", ")}.`,
      );
    return found;
  });
}
