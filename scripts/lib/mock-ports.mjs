/**
 * The mock port table in the docs: finds every place a Markdown text names a
 * Prism port for a vendor and reports the ones that differ from the manifest's
 * fixed port (scripts/lib/manifest.mjs: 4010, 4011, … in manifest order).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, vendors } from "./manifest.mjs";

/** Ways a text points at a local port: a Prism flag, a loopback URL, "on port N". */
const PORT_MENTIONS = /--port[ =](\d{2,5})|(?:127\.0\.0\.1|localhost):(\d{2,5})|\bport (\d{2,5})\b/g;

/** The 1-based line of an offset. */
const lineOf = (text, index) => text.slice(0, index).split("\n").length;

/**
 * Problems with the ports a Markdown text names.
 * - In a vendor's own README (`ownSlug` set), every port it names must be that vendor's.
 * - Anywhere, a vendor named right before a port ("voxys 4014", "voxys: 4014") must have its own port,
 *   and a Prism command for a vendor's spec (`@voiceapis/<slug>/…openapi.yaml … --port N`) must use it.
 * @param {string} markdown the text
 * @param {{ slug: string, mockPort: number }[]} table the vendors and their ports
 * @param {string} [ownSlug] the vendor whose README this is
 * @returns {string[]} one message per wrong port, naming the line
 */
export function portProblems(markdown, table, ownSlug) {
  const portOf = Object.fromEntries(table.map((v) => [v.slug, v.mockPort]));
  const problems = [];
  const wrong = (index, slug, port, how) =>
    problems.push(
      `line ${lineOf(markdown, index)}: ${how} names port ${port} for ${slug}; the table says ${portOf[slug]}`,
    );

  if (ownSlug) {
    for (const m of markdown.matchAll(PORT_MENTIONS)) {
      const port = Number(m[1] ?? m[2] ?? m[3]);
      if (port !== portOf[ownSlug]) wrong(m.index, ownSlug, port, `"${m[0]}"`);
    }
  }
  const slugs = table.map((v) => v.slug).join("|");
  for (const m of markdown.matchAll(new RegExp(`\\b(${slugs}):?\\s+(\\d{4,5})\\b`, "gi"))) {
    const slug = m[1].toLowerCase();
    if (Number(m[2]) !== portOf[slug]) wrong(m.index, slug, Number(m[2]), `"${m[0].replace(/\s+/g, " ")}"`);
  }
  for (const m of markdown.matchAll(
    new RegExp(`@voiceapis/(${slugs})/\\S*openapi\\.yaml[^\\n]*?--port[ =](\\d+)`, "g"),
  )) {
    if (Number(m[2]) !== portOf[m[1]]) wrong(m.index, m[1], Number(m[2]), "the Prism command");
  }
  return problems;
}

/** The Markdown files that document mocks: the root docs, the spec conventions and every package README. */
export function docsWithPorts(root = ROOT) {
  const table = vendors(root);
  const files = ["README.md", "CONTRIBUTING.md", "specs/CONVENTIONS.md"].map((path) => ({ path }));
  for (const v of table) files.push({ path: join(v.packageDir, "README.md"), slug: v.slug });
  return files.flatMap((f) => {
    try {
      return [{ ...f, markdown: readFileSync(join(root, f.path), "utf8") }];
    } catch (error) {
      if (error.code === "ENOENT") return [];
      throw error;
    }
  });
}
