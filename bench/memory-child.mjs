/**
 * One side of the memory benchmark, in its own process (started by memory.mjs with
 * --expose-gc): warm up, collect, run `calls` sequential calls through one client, collect
 * again, and report the heap that stayed behind per call.
 *
 * argv: <side> <baseUrl> <calls>. The side's client is built by `sides.mjs`.
 */
import { sides } from "./sides.mjs";

const [side, baseUrl, callsArg] = process.argv.slice(2);
const calls = Number(callsArg);
const call = await sides[side].create(baseUrl);

/** Full collections, with event-loop turns between them so FinalizationRegistry callbacks can run. */
async function settle() {
  for (let i = 0; i < 6; i++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return process.memoryUsage().heapUsed;
}

for (let i = 0; i < 500; i++) await call();
const before = await settle();
for (let i = 0; i < calls; i++) await call();
const after = await settle();
process.send({ side, calls, retainedBytesPerCall: Math.max(0, (after - before) / calls), heapAfterMB: after / 1e6 });
