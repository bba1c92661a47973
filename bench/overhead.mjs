/**
 * Client overhead: Voxfra's `GET /v1/auth/me` through the whole runtime (createVoxfraClient:
 * openapi-fetch, auth header, retry/timeout transport, JSON parsing) against bare `fetch` +
 * `response.json()` to the same loopback server, which runs in a separate process. A plain
 * openapi-fetch client is measured too, to tell its share of the overhead from the runtime's.
 *
 * Two measures: requests per second (wall clock), and the client process's CPU time per
 * request, which a busy machine disturbs much less. Rounds alternate between the two
 * sides so that drift in the machine's load hits both alike; medians are reported.
 */
import { fork } from "node:child_process";

const API_KEY = "vox_mgmt_benchmark_key";

/** Runs `count` calls of `call`, `concurrency` at a time. */
async function measure(call, count, concurrency) {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await call();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  return { rps: count / seconds, cpuUs: (user + system) / count };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {{ createVoxfraClient: Function, createOpenapiFetch: Function, requests?: number, rounds?: number, concurrency?: number, warmUp?: number }} options
 */
export async function overhead({ createVoxfraClient, createOpenapiFetch, requests = 2_000, rounds = 5, concurrency = 10, warmUp = 2_000 }) {
  const server = fork(new URL("./server.mjs", import.meta.url), { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  try {
    const { port } = await new Promise((resolve, reject) => {
      server.once("message", resolve);
      server.once("error", reject);
      server.once("exit", (code) => reject(new Error(`the benchmark server exited (${code})`)));
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    const client = createVoxfraClient({ apiKey: API_KEY, baseUrl });
    const viaClient = async () => {
      const { data, error } = await client.GET("/v1/auth/me");
      if (error || !data) throw new Error("the client call failed");
    };
    const plain = createOpenapiFetch({ baseUrl, headers: { "X-API-Key": API_KEY } });
    const viaOpenapiFetch = async () => {
      const { data, error } = await plain.GET("/v1/auth/me");
      if (error || !data) throw new Error("the openapi-fetch call failed");
    };
    const bare = async () => {
      const response = await fetch(`${baseUrl}/v1/auth/me`, { headers: { "X-API-Key": API_KEY } });
      if (!response.ok) throw new Error(`bare fetch got ${response.status}`);
      await response.json();
    };
    const sides = { bare, openapiFetch: viaOpenapiFetch, client: viaClient };
    for (const call of Object.values(sides)) await measure(call, warmUp, concurrency);
    const runs = { bare: [], openapiFetch: [], client: [] };
    for (let round = 0; round < rounds; round++) {
      for (const [side, call] of Object.entries(sides)) runs[side].push(await measure(call, requests, concurrency));
    }
    const summary = (side) => ({ rps: median(runs[side].map((r) => r.rps)), cpuUs: median(runs[side].map((r) => r.cpuUs)) });
    const bareSummary = summary("bare");
    const clientSummary = summary("client");
    return {
      requests,
      rounds,
      concurrency,
      bare: bareSummary,
      openapiFetch: summary("openapiFetch"),
      client: clientSummary,
      ratio: clientSummary.rps / bareSummary.rps,
      cpuRatio: bareSummary.cpuUs / clientSummary.cpuUs,
      runs,
    };
  } finally {
    server.send("stop");
    if (server.exitCode === null) await new Promise((resolve) => server.once("exit", resolve));
  }
}
