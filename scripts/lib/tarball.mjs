/**
 * Reads an npm tarball (.tgz) in memory: the list of files and their contents,
 * with the leading `package/` removed. Enough of the tar format for what
 * `pnpm pack` and `npm pack` write (ustar, with pax long names).
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

const text = (buf, start, length) => buf.toString("utf8", start, start + length).replace(/\0.*$/s, "");
const octal = (buf, start, length) => Number.parseInt(text(buf, start, length).trim() || "0", 8);

/** @returns {{ path: string, size: number, data: Buffer }[]} */
export function readTarball(file) {
  const tar = gunzipSync(readFileSync(file));
  const files = [];
  let longName;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 48);
    const data = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === "x") {
      longName = /\d+ path=([^\n]*)\n/.exec(data.toString("utf8"))?.[1];
      continue;
    }
    const prefix = text(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    longName = undefined;
    if (type === "0" || type === "\0") files.push({ path: name.replace(/^[^/]+\//, ""), size, data });
  }
  return files;
}

/** The package.json inside a tarball, parsed. */
export function tarballManifest(files) {
  const entry = files.find((f) => f.path === "package.json");
  if (!entry) throw new Error("the tarball has no package.json");
  return JSON.parse(entry.data.toString("utf8"));
}
