/**
 * Client overhead: the same small GET through bare `fetch` + `json()`, openapi-fetch alone and
 * the Voxfra client (openapi-fetch, auth, retry/deadline transport, body read, JSON parsing),
 * to one loopback server in its own process (start-server.mjs).
 *
 * Two measures: requests per second (wall clock), and the client process's CPU time per
 * request, which a busy machine disturbs much less. Each round runs every side once, in an
 * order rotated from round to round, so that neither drift in the machine's load nor going
 * first favours a side; medians are reported, at each concurrency.
 */
import { sides as allSides } from "./sides.mjs";

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
 * @param {{ baseUrl: string, names?: string[], requests?: number, rounds?: number, concurrencies?: number[], warmUp?: number }} options
 * @returns {Promise<Record<number, Record<string, { rps: number, cpuUs: number }>>>} medians by concurrency, then side
 */
export async function overhead({
  baseUrl,
  names = ["bare fetch", "openapi-fetch", "voxfra"],
  requests = 2_000,
  rounds = 7,
  concurrencies = [1, 8],
  warmUp = 2_000,
}) {
  const calls = Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await allSides[name].create(baseUrl)])),
  );
  for (const call of Object.values(calls)) await measure(call, warmUp, 8);
  const result = {};
  for (const concurrency of concurrencies) {
    const runs = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length]);
      for (const name of order) runs[name].push(await measure(calls[name], requests, concurrency));
    }
    result[concurrency] = Object.fromEntries(
      names.map((name) => [
        name,
        { rps: median(runs[name].map((r) => r.rps)), cpuUs: median(runs[name].map((r) => r.cpuUs)) },
      ]),
    );
  }
  return result;
}
