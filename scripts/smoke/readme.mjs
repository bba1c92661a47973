/**
 * The README examples as consumer files: every ```ts block of a package's
 * README (as installed) becomes one ES module that the smoke test type-checks
 * under `tsc --strict --exactOptionalPropertyTypes` with nodenext and bundler resolution.
 *
 * A README reads top to bottom, so a block may use what an earlier one set up
 * (the client `voxfra`, an `id`) or call a factory imported earlier. The
 * prelude of a block supplies only that: a `declare const` for each name in
 * PRELUDES that the block uses without declaring it, and an import of each of
 * the package's own exports that the block uses without importing it. Nothing
 * else is added; the block's own code is checked as written.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { strictTsconfig } from "./fixtures.mjs";

/** The workspace's vitest types: the READMEs' "Testing your code" examples are vitest files. */
const VITEST_TYPES = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "dist", "index.d.ts");

/** What earlier blocks of each package's README set up, by name, with its type. */
export const PRELUDES = {
  "@voiceapis/voxfra": { voxfra: "pkg.VoxfraClient" },
  "@voiceapis/quentli": { quentli: "pkg.QuentliClient" },
  "@voiceapis/carecycle": { carecycle: "pkg.CarecycleClient", id: "string" },
  "@voiceapis/voxai": { vox: "pkg.VoxaiClient", agent_id: "string", audioBytes: "Uint8Array<ArrayBuffer>" },
  "@voiceapis/voxys": { voxys: "pkg.VoxysClient" },
};

/** The ```ts blocks of a Markdown text, with the line each starts on. */
export function tsBlocks(markdown) {
  const blocks = [];
  const fence = /^```ts[ \t]*\n([\s\S]*?)^```/gm;
  for (let match; (match = fence.exec(markdown)); ) {
    blocks.push({ code: match[1], line: markdown.slice(0, match.index).split("\n").length + 1 });
  }
  return blocks;
}

const escapeName = (name) => name.replace(/[$]/g, "\\$");
const uses = (code, name) => new RegExp(`(?<![\\w$.])${escapeName(name)}(?![\\w$])`).test(code);
const imports = (code, name) => new RegExp(`^import\\s[^;]*[{,\\s]${escapeName(name)}[\\s,}][^;]*from`, "m").test(code);
const declares = (code, name) =>
  new RegExp(`\\b(?:const|let|var|function|class)\\s+${escapeName(name)}\\b`).test(code) || imports(code, name);

/** The code without '…' and "…" strings and // comments, so that a name inside them does not count as a use. */
function withoutStringsAndComments(code) {
  return code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\/[^\n]*/g, '""');
}

/**
 * The source of one block as a module: its prelude, then the block as written.
 * @param {string} code the block
 * @param {string} pkgName the package whose README it is (the prelude's declarations and imports)
 * @param {string[]} valueExports the package's value exports (for the implicit imports)
 * @param {string} source where the block comes from, for the header
 */
export function blockModule(code, pkgName, valueExports, source) {
  const names = PRELUDES[pkgName] ?? {};
  const bare = withoutStringsAndComments(code);
  const declared = Object.entries(names).filter(([name]) => uses(bare, name) && !declares(code, name));
  const importable = valueExports.filter((name) => name !== "default" && /^[A-Za-z_$][\w$]*$/.test(name));
  const missing = importable.filter((name) => !(name in names) && uses(bare, name) && !declares(code, name));
  const prelude = [
    `// ${source}, checked by scripts/smoke.mjs. The lines before the block stand for what earlier blocks set up.`,
  ];
  if (declared.some(([, type]) => type.startsWith("pkg.")))
    prelude.push(`import type * as pkg from ${JSON.stringify(pkgName)};`);
  if (missing.length) prelude.push(`import { ${missing.join(", ")} } from ${JSON.stringify(pkgName)};`);
  for (const [name, type] of declared) prelude.push(`declare const ${name}: ${type};`);
  return `${prelude.join("\n")}\n${code}\nexport {};\n`;
}

/**
 * Writes the blocks of each README into `<dir>/readme/`, as `.mts` (nodenext) and
 * `.ts` (bundler), and returns the paths relative to `dir`'s parent.
 * @param {string} dir the consumer project of one vendor
 * @param {string} slug its folder name
 * @param {{ name: string, markdown: string, pkgName: string, valueExports: string[] }[]} readmes
 */
export function writeReadmeBlocks(dir, slug, readmes) {
  const out = join(dir, "readme");
  mkdirSync(out, { recursive: true });
  const files = { nodenext: [], bundler: [] };
  for (const readme of readmes) {
    tsBlocks(readme.markdown).forEach((block, i) => {
      const base = `${readme.name.replace(/[^\w]+/g, "-")}-${String(i + 1).padStart(2, "0")}-line-${block.line}`;
      const text = blockModule(
        block.code,
        readme.pkgName,
        readme.valueExports,
        `${readme.name}, block ${i + 1} (line ${block.line})`,
      );
      writeFileSync(join(out, `${base}.mts`), text);
      writeFileSync(join(out, `${base}.ts`), text);
      files.nodenext.push(`${slug}/readme/${base}.mts`);
      files.bundler.push(`${slug}/readme/${base}.ts`);
    });
  }
  return files;
}

/** A strict tsconfig for the README blocks (with `exactOptionalPropertyTypes`, as many strict projects have): Node's types in both modes (the examples read `process.env`), DOM in bundler mode. */
export function readmeTsconfig(mode, files, typeRoots) {
  return strictTsconfig(mode === "nodenext" ? "NodeNext" : "Bundler", files, {
    skipLibCheck: true,
    types: ["node"],
    typeRoots,
    paths: { vitest: [VITEST_TYPES] },
  });
}
