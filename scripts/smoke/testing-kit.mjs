/**
 * The test kit as a user would run it: a `node:test` file written into each
 * consumer project, which imports `<package>/testing` from the installed tarball
 * (with the optional peer dependencies ajv and ajv-formats from the registry) and
 * drives the vendor's smoke call through the fake: the spec's example, an
 * override, an error, faults, a request the spec rejects, and the record. Node runs
 * it with `node --test`, Bun with `bun test` and Deno with `deno test` (both run
 * `node:test` files).
 */

/** The testing entry's optional peer dependencies, installed next to the tarballs. */
export const TESTING_PEERS = ["ajv@^8.17.0", "ajv-formats@^3.0.0"];

/**
 * @param {{ create: string, options: object, call: { method: string, path: string, init?: object } }} c the smoke call
 * @param {string} pkgName
 */
export function testingScript(c, pkgName) {
  const fakeName = c.create.replace(/Client$/, "Fake");
  const key = `${c.call.method.toUpperCase()} ${c.call.path}`;
  return `// A user's test of code that calls ${pkgName}, with ${pkgName}/testing; written by scripts/smoke.mjs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ConnectionError, NotFoundError, SdkError } from ${JSON.stringify(pkgName)};
import { ${fakeName}, REDACTED, RequestValidationError, TEST_API_KEY } from ${JSON.stringify(`${pkgName}/testing`)};

const options = ${JSON.stringify(c.options ?? {})};
const key = ${JSON.stringify(key)};
const call = (client, init = ${JSON.stringify(c.call.init ?? {})}) => client.${c.call.method.toUpperCase()}(${JSON.stringify(c.call.path)}, init);

test("answers with the spec's example, then an override", async () => {
  const fake = ${fakeName}();
  const client = fake.client({ ...options, throwOnError: true });
  assert.deepEqual((await call(client)).data, fake.example(key));
  let seen = 0;
  fake.on(key, (ctx) => (seen++, ctx.example()));
  await call(client);
  assert.equal(seen, 1);
});

test("answers with an error of the vendor's error classes", async () => {
  const fake = ${fakeName}();
  fake.on(key, fake.error(404));
  await assert.rejects(call(fake.client({ ...options, throwOnError: true })), NotFoundError);
});

test("injects faults: a 429 retried, a dropped connection", async () => {
  const fake = ${fakeName}();
  fake.once(key, fake.fault.rateLimit(0));
  await call(fake.client({ ...options, throwOnError: true, maxRetries: 1 }));
  assert.equal(fake.callsTo(key).length, 2);
  fake.on(key, fake.fault.connectionReset());
  await assert.rejects(call(fake.client({ ...options, throwOnError: true })), ConnectionError);
});

test("fails a request the spec rejects, as an SdkError of the main entry", async () => {
  const fake = ${fakeName}();
  const error = await call(fake.client(options), { params: { query: { not_a_parameter: "1" } } }).catch((e) => e);
  assert.ok(error instanceof RequestValidationError, String(error));
  assert.ok(error instanceof SdkError);
  assert.match(error.message, /not_a_parameter/);
});

test("records calls with the key redacted", async () => {
  const fake = ${fakeName}();
  await call(fake.client(options));
  assert.equal(fake.lastCall().operation, key);
  assert.ok(Object.values(fake.lastCall().headers).includes(REDACTED));
  assert.ok(!JSON.stringify(fake.calls).includes(TEST_API_KEY));
});
`;
}

/** How each runtime's test runner runs the file, and how its summary reads. */
export const TEST_RUNNERS = {
  node: { args: ["--test", "--test-reporter=tap", "testing.test.mjs"], pass: /^# pass (\d+)/m, fail: /^# fail (\d+)/m },
  bun: { args: ["test", "./testing.test.mjs"], pass: /^\s*(\d+) pass/m, fail: /^\s*(\d+) fail/m },
  // --no-check: Deno would type-check the file against @types/node, which a plain npm project does not have.
  deno: {
    args: ["test", "--no-check", "--allow-env", "--allow-read", "testing.test.mjs"],
    pass: /(\d+) passed/,
    fail: /(\d+) failed/,
  },
};

/** Problems in a runner's output (stdout and stderr): any failed test, or none passed. */
export function testingProblems(runtime, output) {
  const { pass, fail } = TEST_RUNNERS[runtime];
  const passed = Number(pass.exec(output)?.[1] ?? 0);
  const failed = Number(fail.exec(output)?.[1] ?? 0);
  if (failed > 0 || passed === 0) return [`${runtime}: ${passed} passed, ${failed} failed:\n${output.slice(0, 2000)}`];
  return [];
}
