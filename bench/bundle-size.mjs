/**
 * Bundle size: what a browser app pays for a Voxfra client. esbuild bundles a tiny
 * entry that creates a client and makes one call (minified ESM for the browser, with
 * openapi-fetch and the core inlined), and the result is gzipped. openapi-fetch alone,
 * making the same call, is measured the same way for comparison.
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

async function measure(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { minBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

/** @param {{ voxfraEntry: string, voxfraDir: string, coreDir: string }} paths */
export async function bundleSize({ voxfraEntry, voxfraDir, coreDir }) {
  const voxfra = await measure(
    `import { createVoxfraClient } from ${JSON.stringify(voxfraEntry)};
const client = createVoxfraClient({ apiKey: "vox_mgmt_browser_key" });
client.GET("/v1/auth/me").then(({ data }) => console.log(data));`,
    voxfraDir,
  );
  const openapiFetch = await measure(
    `import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://mgmt-api.voxfra.com", headers: { "X-API-Key": "vox_mgmt_browser_key" } });
client.GET("/v1/auth/me").then(({ data }) => console.log(data));`,
    coreDir,
  );
  return { voxfra, openapiFetch };
}
