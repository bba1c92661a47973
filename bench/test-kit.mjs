#!/usr/bin/env node
/**
 * The test kit against Prism: the same operation (Voxfra's createClient, a POST whose
 * body is checked against the spec) called 1,000 times through the client, once against
 * the in-process fake of `@voiceapis/voxfra/testing` (every request validated with ajv)
 * and once against a Prism mock with request validation on (`--errors`) over loopback
 * HTTP. Reports; asserts nothing. Measures the built packages: run `pnpm build` first.
 */
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startPrism } from "@voiceapis/contract-harness/prism";
import { ROOT } from "../scripts/lib/manifest.mjs";

const dist = (file) => pathToFileURL(join(ROOT, "packages/voxfra/dist", file)).href;
const body = { name: "ABC Motors", type: "automotive", subscription_plan: "Pro", contact_email: "jane@abcmotors.com" };

/** Milliseconds for `calls` sequential createClient calls on `client`, after one call that is timed apart. */
async function timeCalls(client, calls) {
  const first = performance.now();
  await client.POST("/v1/clients", { body, throwOnError: true });
  const firstMs = performance.now() - first;
  const started = performance.now();
  for (let i = 0; i < calls; i++) {
    const { response } = await client.POST("/v1/clients", { body });
    if (response.status !== 201) throw new Error(`call ${i} answered ${response.status}`);
  }
  return { firstMs, totalMs: performance.now() - started };
}

export async function testKitBench({ calls = 1_000 } = {}) {
  const { createVoxfraClient } = await import(dist("index.js"));
  const { createVoxfraFake, TEST_API_KEY } = await import(dist("testing.js"));

  const fakeStart = performance.now();
  const fake = createVoxfraFake();
  const fakeClient = fake.client();
  const fakeSetupMs = performance.now() - fakeStart;
  const faked = await timeCalls(fakeClient, calls);
  if (fake.calls.some((call) => call.violations.length > 0)) throw new Error("the fake flagged a valid request");

  const prismStart = performance.now();
  const mock = await startPrism({ spec: join(ROOT, "packages/voxfra/src/generated/openapi.yaml") });
  const prismSetupMs = performance.now() - prismStart;
  let prism;
  try {
    const client = createVoxfraClient({ apiKey: TEST_API_KEY, baseUrl: mock.url, maxRetries: 0 });
    prism = await timeCalls(client, calls);
  } finally {
    await mock.stop();
  }
  const row = (side, setupMs, { firstMs, totalMs }) => ({
    side,
    "start ms": Math.round(setupMs),
    "first call ms": Math.round(firstMs),
    [`${calls.toLocaleString("en-US")} calls ms`]: Math.round(totalMs),
    "µs per call": Math.round((totalMs * 1000) / calls),
    "calls/s": Math.round(calls / (totalMs / 1000)).toLocaleString("en-US"),
  });
  return {
    rows: [row("fake (in process, ajv)", fakeSetupMs, faked), row("Prism --errors (loopback)", prismSetupMs, prism)],
    speedup: prism.totalMs / faked.totalMs,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, speedup } = await testKitBench();
  console.table(rows);
  console.log(
    `The fake is ${speedup.toFixed(1)}× as fast as Prism for the same calls; "first call" includes compiling the operation's checks (fake) or Prism's first answer.`,
  );
}
