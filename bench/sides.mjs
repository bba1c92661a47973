/**
 * The clients the runtime benchmarks compare, each as `create(baseUrl) → call()`: bare fetch,
 * openapi-fetch alone, and every vendor client (built packages), each making one small GET.
 * The benchmark server answers any path with the same small JSON body.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../scripts/lib/manifest.mjs";

const load = (slug) => import(pathToFileURL(join(ROOT, `packages/${slug}/dist/index.js`)).href);
const createOpenapiFetch = () => createRequire(join(ROOT, "packages/core/dist/index.js"))("openapi-fetch").default;

const ok = (what, result) => {
  if (result.error || !result.data) throw new Error(`${what}: the call failed`);
};

/** A vendor client side: factory name, options and the GET it makes. */
const vendor = (slug, factory, apiKey, path) => ({
  async create(baseUrl) {
    const client = (await load(slug))[factory]({ apiKey, baseUrl });
    return async () => ok(slug, await client.GET(path, { params: { path: { account_id: 1 } } }));
  },
});

export const sides = {
  "bare fetch": {
    async create(baseUrl) {
      return async () => {
        const response = await fetch(`${baseUrl}/v1/auth/me`, { headers: { "X-API-Key": "vox_mgmt_benchmark_key" } });
        if (!response.ok) throw new Error(`bare fetch got ${response.status}`);
        await response.json();
      };
    },
  },
  "openapi-fetch": {
    async create(baseUrl) {
      const client = createOpenapiFetch()({ baseUrl, headers: { "X-API-Key": "vox_mgmt_benchmark_key" } });
      return async () => ok("openapi-fetch", await client.GET("/v1/auth/me"));
    },
  },
  voxfra: vendor("voxfra", "createVoxfraClient", "vox_mgmt_benchmark_key", "/v1/auth/me"),
  quentli: vendor("quentli", "createQuentliClient", "sk_benchmark_key", "/v1/customers"),
  carecycle: vendor("carecycle", "createCarecycleClient", "cc_benchmark_key", "/v2/campaigns"),
  voxai: vendor("voxai", "createVoxaiClient", "benchmark_key", "/v3/agents"),
  voxys: vendor("voxys", "createVoxysClient", "benchmark_key", "/api/v1/accounts/{account_id}/contacts"),
};
